package org.zhaokao.physical.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhaokao.physical.domain.sitting.Attempt;
import org.zhaokao.physical.domain.sitting.Seat;
import org.zhaokao.physical.domain.sitting.Sittings;

@ApplicationScoped
public class JpaSittings implements Sittings {

  @PersistenceContext(unitName = "physical-test")
  private EntityManager em;

  @Override
  public List<Seat> seats(long recruitmentId) {
    return em.createQuery(
            "select s from Seat s where s.recruitmentId = :r order by s.applicationId", Seat.class)
        .setParameter("r", recruitmentId)
        .getResultList();
  }

  @Override
  public Optional<Seat> seat(long recruitmentId, long applicationId) {
    return em.createQuery(
            "select s from Seat s where s.recruitmentId = :r and s.applicationId = :a", Seat.class)
        .setParameter("r", recruitmentId)
        .setParameter("a", applicationId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Seat seat) {
    em.persist(seat);
  }

  @Override
  public List<Attempt> attempts(long recruitmentId) {
    return em.createQuery(
            "select a from Attempt a where a.recruitmentId = :r"
                + " order by a.applicationId, a.itemId, a.attemptNo",
            Attempt.class)
        .setParameter("r", recruitmentId)
        .getResultList();
  }

  @Override
  public Optional<Attempt> attempt(
      long recruitmentId, long applicationId, long itemId, int attemptNo) {
    return em.createQuery(
            "select a from Attempt a where a.recruitmentId = :r and a.applicationId = :a"
                + " and a.itemId = :i and a.attemptNo = :n",
            Attempt.class)
        .setParameter("r", recruitmentId)
        .setParameter("a", applicationId)
        .setParameter("i", itemId)
        .setParameter("n", attemptNo)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Attempt attempt) {
    em.persist(attempt);
  }

  @Override
  public boolean anyAttempt(long recruitmentId) {
    return !em.createQuery("select a.id from Attempt a where a.recruitmentId = :r", Long.class)
        .setParameter("r", recruitmentId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
