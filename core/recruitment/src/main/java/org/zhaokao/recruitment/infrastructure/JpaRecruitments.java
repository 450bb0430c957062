package org.zhaokao.recruitment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhaokao.recruitment.domain.application.ApplicationStatus;
import org.zhaokao.recruitment.domain.recruitment.Position;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.RecruitmentStatus;
import org.zhaokao.recruitment.domain.recruitment.RecruitmentText;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;
import org.zhaokao.recruitment.domain.recruitment.TextKind;

/** {@link Recruitments} in {@code core_recruitment}, {@code core_position} and their texts. */
@ApplicationScoped
public class JpaRecruitments implements Recruitments {

  @PersistenceContext(unitName = "recruitment")
  private EntityManager em;

  @Override
  public Optional<Recruitment> find(long id) {
    return Optional.ofNullable(em.find(Recruitment.class, id));
  }

  @Override
  public Optional<Recruitment> findByCode(String code) {
    return em.createQuery("SELECT r FROM Recruitment r WHERE r.code = :code", Recruitment.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Recruitment> all() {
    return em.createQuery(
            "SELECT r FROM Recruitment r ORDER BY r.createdAt DESC", Recruitment.class)
        .getResultList();
  }

  @Override
  public List<Recruitment> visible() {
    return em.createQuery(
            "SELECT r FROM Recruitment r WHERE r.status NOT IN :hidden"
                + " ORDER BY r.publishedAt DESC, r.id DESC",
            Recruitment.class)
        .setParameter(
            "hidden", List.of(RecruitmentStatus.DRAFT, RecruitmentStatus.PENDING_PUBLICATION))
        .getResultList();
  }

  @Override
  public List<Recruitment> closingBetween(
      java.time.OffsetDateTime from, java.time.OffsetDateTime to) {
    return em.createQuery(
            "SELECT r FROM Recruitment r WHERE r.status = :published"
                + " AND r.window.closesAt >= :from AND r.window.closesAt < :to ORDER BY r.id",
            Recruitment.class)
        .setParameter("published", RecruitmentStatus.PUBLISHED)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public Recruitment add(Recruitment recruitment) {
    em.persist(recruitment);
    return recruitment;
  }

  @Override
  public Optional<Position> position(long positionId) {
    return Optional.ofNullable(em.find(Position.class, positionId));
  }

  @Override
  public List<Position> positions(long recruitmentId) {
    return em.createQuery(
            "SELECT p FROM Position p WHERE p.recruitmentId = :r ORDER BY p.code", Position.class)
        .setParameter("r", recruitmentId)
        .getResultList();
  }

  @Override
  public Position add(Position position) {
    em.persist(position);
    return position;
  }

  @Override
  public void remove(Position position) {
    em.remove(position);
  }

  @Override
  public Map<Long, Long> applicantCounts(long recruitmentId) {
    Map<Long, Long> counts = new HashMap<>();
    em.createQuery(
            "SELECT a.positionId, COUNT(a) FROM Application a"
                + " WHERE a.recruitmentId = :r AND a.status IN :live GROUP BY a.positionId",
            Object[].class)
        .setParameter("r", recruitmentId)
        .setParameter("live", ApplicationStatus.LIVE)
        .getResultList()
        .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    return counts;
  }

  @Override
  public boolean hasApplications(long positionId) {
    return em.createQuery("SELECT COUNT(a) FROM Application a WHERE a.positionId = :p", Long.class)
            .setParameter("p", positionId)
            .getSingleResult()
        > 0;
  }

  @Override
  public Optional<RecruitmentText> text(long recruitmentId, TextKind kind, int version) {
    return em.createQuery(
            "SELECT t FROM RecruitmentText t WHERE t.recruitmentId = :r AND t.kind = :k"
                + " AND t.version = :v",
            RecruitmentText.class)
        .setParameter("r", recruitmentId)
        .setParameter("k", kind)
        .setParameter("v", version)
        .getResultStream()
        .findFirst();
  }

  @Override
  public RecruitmentText add(RecruitmentText text) {
    em.persist(text);
    return text;
  }

  @Override
  public Map<Long, Position> positionsById(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("SELECT p FROM Position p WHERE p.id IN :ids", Position.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(Position::id, Function.identity()));
  }
}
