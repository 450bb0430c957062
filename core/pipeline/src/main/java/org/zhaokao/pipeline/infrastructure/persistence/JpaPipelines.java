package org.zhaokao.pipeline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhaokao.pipeline.domain.admission.AdmissionList;
import org.zhaokao.pipeline.domain.admission.Admit;
import org.zhaokao.pipeline.domain.flow.Entrant;
import org.zhaokao.pipeline.domain.flow.Pipelines;
import org.zhaokao.pipeline.domain.flow.RecordedOutcome;
import org.zhaokao.pipeline.domain.flow.StageInstance;

/** {@link Pipelines} on JPA; callers bring the transaction. */
@ApplicationScoped
public class JpaPipelines implements Pipelines {

  @PersistenceContext(unitName = "pipeline")
  private EntityManager em;

  @Override
  public List<StageInstance> chain(long recruitmentId) {
    return em.createQuery(
            "SELECT s FROM StageInstance s WHERE s.recruitmentId = :r ORDER BY s.seq",
            StageInstance.class)
        .setParameter("r", recruitmentId)
        .getResultList();
  }

  @Override
  public List<StageInstance> instancesOf(String stageId) {
    return em.createQuery(
            "SELECT s FROM StageInstance s WHERE s.stageId = :id ORDER BY s.recruitmentId DESC",
            StageInstance.class)
        .setParameter("id", stageId)
        .getResultList();
  }

  @Override
  public Optional<StageInstance> stage(long stageInstanceId) {
    return Optional.ofNullable(em.find(StageInstance.class, stageInstanceId));
  }

  @Override
  public Optional<StageInstance> stageForUpdate(long stageInstanceId) {
    return Optional.ofNullable(
        em.find(StageInstance.class, stageInstanceId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void add(StageInstance stage) {
    em.persist(stage);
  }

  @Override
  public void removeChain(long recruitmentId) {
    chain(recruitmentId).forEach(em::remove);
    em.flush();
  }

  @Override
  public List<Entrant> entrants(long stageInstanceId) {
    return em.createQuery(
            "SELECT e FROM Entrant e WHERE e.stageInstanceId = :s ORDER BY e.applicationId",
            Entrant.class)
        .setParameter("s", stageInstanceId)
        .getResultList();
  }

  @Override
  public void add(Entrant entrant) {
    em.persist(entrant);
  }

  @Override
  public List<RecordedOutcome> outcomes(long stageInstanceId) {
    return em.createQuery(
            "SELECT o FROM RecordedOutcome o WHERE o.stageInstanceId = :s ORDER BY o.applicationId",
            RecordedOutcome.class)
        .setParameter("s", stageInstanceId)
        .getResultList();
  }

  @Override
  public Optional<RecordedOutcome> outcome(long stageInstanceId, long applicationId) {
    return em.createQuery(
            "SELECT o FROM RecordedOutcome o WHERE o.stageInstanceId = :s"
                + " AND o.applicationId = :a",
            RecordedOutcome.class)
        .setParameter("s", stageInstanceId)
        .setParameter("a", applicationId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(RecordedOutcome outcome) {
    em.persist(outcome);
  }

  @Override
  public void remove(RecordedOutcome outcome) {
    em.remove(outcome);
  }

  @Override
  public List<Entrant> entriesOf(long applicationId) {
    return em.createQuery(
            "SELECT e FROM Entrant e WHERE e.applicationId = :a ORDER BY e.stageInstanceId",
            Entrant.class)
        .setParameter("a", applicationId)
        .getResultList();
  }

  @Override
  public Optional<AdmissionList> admissionList(long recruitmentId) {
    return Optional.ofNullable(em.find(AdmissionList.class, recruitmentId));
  }

  @Override
  public void add(AdmissionList list) {
    em.persist(list);
  }

  @Override
  public List<Admit> admits(long recruitmentId) {
    return em.createQuery(
            "SELECT a FROM Admit a WHERE a.recruitmentId = :r ORDER BY a.positionId, a.rank",
            Admit.class)
        .setParameter("r", recruitmentId)
        .getResultList();
  }

  @Override
  public void add(Admit admit) {
    em.persist(admit);
  }
}
