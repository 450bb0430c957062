package org.zhaokao.physical.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhaokao.physical.domain.plan.Plans;
import org.zhaokao.physical.domain.plan.TestPlan;
import org.zhaokao.physical.domain.plan.TestSession;

@ApplicationScoped
public class JpaPlans implements Plans {

  @PersistenceContext(unitName = "physical-test")
  private EntityManager em;

  @Override
  public Optional<TestPlan> plan(long recruitmentId) {
    return Optional.ofNullable(em.find(TestPlan.class, recruitmentId));
  }

  @Override
  public void add(TestPlan plan) {
    em.persist(plan);
  }

  @Override
  public List<TestSession> sessions(long recruitmentId) {
    return em.createQuery(
            "select s from TestSession s where s.recruitmentId = :r order by s.startsAt, s.id",
            TestSession.class)
        .setParameter("r", recruitmentId)
        .getResultList();
  }

  @Override
  public Optional<TestSession> session(long sessionId) {
    return Optional.ofNullable(em.find(TestSession.class, sessionId));
  }

  @Override
  public void add(TestSession session) {
    em.persist(session);
  }
}
