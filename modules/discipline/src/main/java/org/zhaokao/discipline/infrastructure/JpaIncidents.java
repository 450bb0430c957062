package org.zhaokao.discipline.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhaokao.discipline.domain.incident.Incident;
import org.zhaokao.discipline.domain.incident.IncidentStatus;
import org.zhaokao.discipline.domain.incident.Incidents;
import org.zhaokao.discipline.domain.incident.PendingScoreChange;

/** Incidents in {@code dc_incident} and {@code dc_incident_evidence}. */
@ApplicationScoped
public class JpaIncidents implements Incidents {

  @PersistenceContext(unitName = "discipline")
  private EntityManager em;

  @Override
  public Optional<Incident> find(long id) {
    // One writer at a time: two officers acting on the same incident are serialised.
    return Optional.ofNullable(em.find(Incident.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Incident> list(IncidentStatus status, int limit) {
    if (status == null) {
      return em.createQuery("SELECT i FROM Incident i ORDER BY i.id DESC", Incident.class)
          .setMaxResults(limit)
          .getResultList();
    }
    return em.createQuery(
            "SELECT i FROM Incident i WHERE i.status = :s ORDER BY i.id DESC", Incident.class)
        .setParameter("s", status)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Incident> decidedFor(long candidateId) {
    return em.createQuery(
            "SELECT i FROM Incident i WHERE i.candidateId = :c AND i.decision.decidedAt IS NOT NULL"
                + " ORDER BY i.id DESC",
            Incident.class)
        .setParameter("c", candidateId)
        .getResultList();
  }

  @Override
  public Optional<Incident> awaiting(
      long applicationId, String stageId, PendingScoreChange change) {
    return em.createQuery(
            "SELECT i FROM Incident i WHERE i.applicationId = :a AND i.stageId = :s"
                + " AND i.scoreChangePending = :c ORDER BY i.id DESC",
            Incident.class)
        .setParameter("a", applicationId)
        .setParameter("s", stageId)
        .setParameter("c", change)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Incident incident) {
    em.persist(incident);
    em.flush();
  }
}
