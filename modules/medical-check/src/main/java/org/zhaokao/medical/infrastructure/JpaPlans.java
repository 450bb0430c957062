package org.zhaokao.medical.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.zhaokao.medical.domain.plan.CheckPlan;
import org.zhaokao.medical.domain.plan.Plans;

@ApplicationScoped
public class JpaPlans implements Plans {

  @PersistenceContext(unitName = "medical-check")
  private EntityManager em;

  @Override
  public Optional<CheckPlan> plan(long recruitmentId) {
    return Optional.ofNullable(em.find(CheckPlan.class, recruitmentId));
  }

  @Override
  public void add(CheckPlan plan) {
    em.persist(plan);
  }
}
