package org.zhaokao.recruitment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.zhaokao.recruitment.domain.application.Application;
import org.zhaokao.recruitment.domain.application.ApplicationEvent;
import org.zhaokao.recruitment.domain.application.ApplicationStatus;
import org.zhaokao.recruitment.domain.application.Applications;
import org.zhaokao.recruitment.domain.application.Confirmation;
import org.zhaokao.recruitment.domain.application.ReviewReason;

/** {@link Applications} in {@code core_application} and {@code core_application_event}. */
@ApplicationScoped
public class JpaApplications implements Applications {

  @PersistenceContext(unitName = "recruitment")
  private EntityManager em;

  @Override
  public Optional<Application> find(long id) {
    return Optional.ofNullable(em.find(Application.class, id));
  }

  @Override
  public Optional<Application> findByKey(long candidateId, String idempotencyKey) {
    return em.createQuery(
            "SELECT a FROM Application a WHERE a.candidateId = :c AND a.idempotencyKey = :k",
            Application.class)
        .setParameter("c", candidateId)
        .setParameter("k", idempotencyKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Application> findLive(long candidateId, long recruitmentId) {
    return em.createQuery(
            "SELECT a FROM Application a WHERE a.candidateId = :c AND a.liveRecruitmentId = :r",
            Application.class)
        .setParameter("c", candidateId)
        .setParameter("r", recruitmentId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Application> ofCandidate(long candidateId) {
    return em.createQuery(
            "SELECT a FROM Application a WHERE a.candidateId = :c ORDER BY a.submittedAt DESC",
            Application.class)
        .setParameter("c", candidateId)
        .getResultList();
  }

  @Override
  public List<Application> queue(
      long recruitmentId, Long positionId, ApplicationStatus status, int page, int size) {
    StringBuilder jpql =
        new StringBuilder("SELECT a FROM Application a WHERE a.recruitmentId = :r");
    if (positionId != null) {
      jpql.append(" AND a.positionId = :p");
    }
    if (status != null) {
      jpql.append(" AND a.status = :s");
    }
    jpql.append(" ORDER BY a.submittedAt, a.id");
    TypedQuery<Application> query =
        em.createQuery(jpql.toString(), Application.class).setParameter("r", recruitmentId);
    if (positionId != null) {
      query.setParameter("p", positionId);
    }
    if (status != null) {
      query.setParameter("s", status);
    }
    return query.setFirstResult(page * size).setMaxResults(size).getResultList();
  }

  @Override
  public List<Application> decidedUnsent(long recruitmentId) {
    return em.createQuery(
            "SELECT a FROM Application a WHERE a.recruitmentId = :r AND a.status IN :s"
                + " AND (a.confirmation.state IS NULL OR a.confirmation.state = :disputed)"
                + " ORDER BY a.submittedAt, a.id",
            Application.class)
        .setParameter("r", recruitmentId)
        .setParameter("s", List.of(ApplicationStatus.APPROVED, ApplicationStatus.REJECTED))
        .setParameter("disputed", Confirmation.DISPUTED)
        .getResultList();
  }

  @Override
  public List<Application> awaitingCheck(long recruitmentId, int page, int size) {
    return em.createQuery(
            "SELECT a FROM Application a WHERE a.recruitmentId = :r AND a.status IN :s"
                + " AND (a.confirmation.state IS NULL OR a.confirmation.state = :disputed)"
                + " AND a.secondReview.checkedBy IS NULL ORDER BY a.decision.at, a.id",
            Application.class)
        .setParameter("r", recruitmentId)
        .setParameter("s", List.of(ApplicationStatus.APPROVED, ApplicationStatus.REJECTED))
        .setParameter("disputed", Confirmation.DISPUTED)
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  @Override
  public List<Application> awaitingConfirmation(long recruitmentId, int page, int size) {
    return em.createQuery(
            "SELECT a FROM Application a WHERE a.recruitmentId = :r AND a.confirmation.state = :c"
                + " ORDER BY a.submittedAt, a.id",
            Application.class)
        .setParameter("r", recruitmentId)
        .setParameter("c", Confirmation.PENDING)
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  @Override
  public List<Application> confirmed(long recruitmentId) {
    return em.createQuery(
            "SELECT a FROM Application a WHERE a.recruitmentId = :r AND a.confirmation.state = :c"
                + " ORDER BY a.id",
            Application.class)
        .setParameter("r", recruitmentId)
        .setParameter("c", Confirmation.CONFIRMED)
        .getResultList();
  }

  @Override
  public Application addNow(Application application) {
    em.persist(application);
    em.flush();
    return application;
  }

  @Override
  public void add(ApplicationEvent event) {
    em.persist(event);
  }

  @Override
  public List<ApplicationEvent> events(long applicationId) {
    return em.createQuery(
            "SELECT e FROM ApplicationEvent e WHERE e.applicationId = :a ORDER BY e.at, e.id",
            ApplicationEvent.class)
        .setParameter("a", applicationId)
        .getResultList();
  }

  @Override
  public List<ReviewReason> reasons() {
    return em.createQuery("SELECT r FROM ReviewReason r ORDER BY r.sortOrder", ReviewReason.class)
        .getResultList();
  }

  @Override
  public Optional<ReviewReason> reason(String code) {
    return Optional.ofNullable(em.find(ReviewReason.class, code));
  }
}
