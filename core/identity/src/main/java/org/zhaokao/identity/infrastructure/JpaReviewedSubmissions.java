package org.zhaokao.identity.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhaokao.identity.domain.evidence.ReviewedSubmission;
import org.zhaokao.identity.domain.evidence.ReviewedSubmissions;
import org.zhaokao.identity.domain.evidence.SealedEvidence;
import org.zhaokao.identity.domain.request.RequestStatus;

/**
 * {@link ReviewedSubmissions} on JPA, for any kind of submission: each kind names its two entity
 * classes and adds its own look-ups.
 */
public abstract class JpaReviewedSubmissions<S extends ReviewedSubmission, E extends SealedEvidence>
    implements ReviewedSubmissions<S, E> {

  @PersistenceContext(unitName = "identity")
  private EntityManager em;

  private final Class<S> submissionType;
  private final Class<E> evidenceType;

  protected JpaReviewedSubmissions(Class<S> submissionType, Class<E> evidenceType) {
    this.submissionType = submissionType;
    this.evidenceType = evidenceType;
  }

  protected EntityManager em() {
    return em;
  }

  @Override
  public S add(S submission) {
    em.persist(submission);
    em.flush();
    return submission;
  }

  @Override
  public void add(E evidence) {
    em.persist(evidence);
  }

  @Override
  public Optional<S> find(long id) {
    return Optional.ofNullable(em.find(submissionType, id));
  }

  @Override
  public Optional<E> evidence(long submissionId) {
    return Optional.ofNullable(em.find(evidenceType, submissionId));
  }

  @Override
  public List<S> pending() {
    return em.createQuery(
            "SELECT s FROM "
                + submissionType.getSimpleName()
                + " s WHERE s.status = :s ORDER BY s.filedAt, s.id",
            submissionType)
        .setParameter("s", RequestStatus.PENDING)
        .getResultList();
  }
}
