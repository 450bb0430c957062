package org.zhaokao.medical.application;

import static org.zhaokao.medical.infrastructure.MedicalCheckPlugin.MANAGE;
import static org.zhaokao.medical.infrastructure.MedicalCheckPlugin.REVIEW;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.zhaokao.medical.domain.hospital.Hospital;
import org.zhaokao.medical.domain.hospital.Hospitals;
import org.zhaokao.medical.domain.plan.CheckPlan;
import org.zhaokao.medical.domain.plan.Plans;
import org.zhaokao.plugins.api.roster.StageAssignment;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.plugins.api.security.Actor;

/** A recruitment's medical check planned (体检安排) and every entrant told. */
@ApplicationScoped
public class PlanUseCases {

  @Inject private StageContext stage;
  @Inject private Plans plans;
  @Inject private Hospitals hospitals;
  @Inject private Notices notices;

  /** A plan with its hospital, for screens. */
  public record PlannedCheck(CheckPlan plan, Hospital hospital) {}

  @Transactional
  public List<StageAssignment> recruitments(Actor actor) {
    stage.require(actor, MANAGE, REVIEW);
    return stage.assignments();
  }

  @Transactional
  public Optional<PlannedCheck> plan(Actor actor, long recruitmentId) {
    stage.require(actor, MANAGE, REVIEW);
    stage.assignment(recruitmentId);
    return plans
        .plan(recruitmentId)
        .map(p -> new PlannedCheck(p, hospitals.byId(p.hospitalId()).orElseThrow()));
  }

  /**
   * Sets the plan and tells every entrant (again, if it changed) in the same transaction.
   *
   * @return the plan and how many candidates were told
   * @throws StageProblem 404 for a recruitment without the check, 422 for an unknown hospital or a
   *     bad field
   */
  @Transactional
  public int schedule(Actor actor, long recruitmentId, CheckPlan.Terms terms) {
    stage.require(actor, MANAGE);
    StageAssignment a = stage.assignment(recruitmentId);
    Hospital hospital =
        hospitals
            .byId(terms.hospitalId())
            .orElseThrow(() -> StageProblem.invalid("no hospital " + terms.hospitalId()));
    CheckPlan plan = plans.plan(recruitmentId).orElse(null);
    boolean created = plan == null;
    if (created) {
      plan = new CheckPlan(recruitmentId);
    }
    plan.plan(terms, actor.accountId(), Instant.now());
    if (created) {
      plans.add(plan);
    }
    List<StageEntrant> entrants = stage.entrants(recruitmentId);
    for (StageEntrant e : entrants) {
      notices.tell(e, plan, hospital, a.recruitmentTitle());
    }
    stage.audit(
        actor,
        "plan.scheduled",
        "recruitment",
        recruitmentId,
        "hospital",
        hospital.name(),
        "date",
        terms.date() + " " + terms.time(),
        "notified",
        String.valueOf(entrants.size()));
    return entrants.size();
  }
}
