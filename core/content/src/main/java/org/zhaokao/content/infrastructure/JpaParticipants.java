package org.zhaokao.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.zhaokao.content.domain.survey.Participants;

/**
 * {@link Participants} read from the recruitment module's {@code core_application} with counting
 * SQL (the same datasource; only ids and counts cross, no application is loaded).
 */
@ApplicationScoped
public class JpaParticipants implements Participants {

  @PersistenceContext(unitName = "content")
  private EntityManager em;

  @Override
  public boolean tookPart(long candidateId, long recruitmentId) {
    Number n =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM core_application"
                        + " WHERE candidate_id = ?1 AND recruitment_id = ?2")
                .setParameter(1, candidateId)
                .setParameter(2, recruitmentId)
                .getSingleResult();
    return n.longValue() > 0;
  }

  @Override
  public long count(long recruitmentId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(DISTINCT candidate_id) FROM core_application"
                        + " WHERE recruitment_id = ?1")
                .setParameter(1, recruitmentId)
                .getSingleResult())
        .longValue();
  }

  @Override
  public List<Long> of(long recruitmentId) {
    return ids(
        "SELECT DISTINCT candidate_id FROM core_application WHERE recruitment_id = ?1",
        recruitmentId);
  }

  @Override
  public List<Long> recruitmentsOf(long candidateId) {
    return ids(
        "SELECT DISTINCT recruitment_id FROM core_application WHERE candidate_id = ?1",
        candidateId);
  }

  private List<Long> ids(String sql, long parameter) {
    @SuppressWarnings("unchecked")
    List<Number> rows = em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
    return rows.stream().map(Number::longValue).toList();
  }
}
