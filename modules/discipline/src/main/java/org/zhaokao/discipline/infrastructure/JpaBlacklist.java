package org.zhaokao.discipline.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.zhaokao.discipline.domain.blacklist.Blacklist;
import org.zhaokao.discipline.domain.blacklist.BlacklistEntry;

/** The blacklist in {@code dc_blacklist}. */
@ApplicationScoped
public class JpaBlacklist implements Blacklist {

  @PersistenceContext(unitName = "discipline")
  private EntityManager em;

  @Override
  public List<BlacklistEntry> barring(long candidateId, long employerId, LocalDate day) {
    return em.createQuery(
            "SELECT b FROM BlacklistEntry b WHERE b.candidateId = :c AND b.liftedAt IS NULL"
                + " AND (b.employerId IS NULL OR b.employerId = :e)"
                + " AND b.startsOn <= :d AND b.endsOn >= :d ORDER BY b.endsOn DESC",
            BlacklistEntry.class)
        .setParameter("c", candidateId)
        .setParameter("e", employerId)
        .setParameter("d", day)
        .getResultList();
  }

  @Override
  public List<BlacklistEntry> ofIncident(long incidentId) {
    return em.createQuery(
            "SELECT b FROM BlacklistEntry b WHERE b.incidentId = :i", BlacklistEntry.class)
        .setParameter("i", incidentId)
        .getResultList();
  }

  @Override
  public List<BlacklistEntry> all(int limit) {
    return em.createQuery("SELECT b FROM BlacklistEntry b ORDER BY b.id DESC", BlacklistEntry.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void add(BlacklistEntry entry) {
    em.persist(entry);
  }
}
