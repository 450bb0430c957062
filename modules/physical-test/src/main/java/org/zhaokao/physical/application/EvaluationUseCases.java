package org.zhaokao.physical.application;

import static org.zhaokao.physical.infrastructure.PhysicalTestPlugin.MANAGE;
import static org.zhaokao.physical.infrastructure.PhysicalTestPlugin.RECORD;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.physical.domain.catalogue.Catalogue;
import org.zhaokao.physical.domain.catalogue.TestItem;
import org.zhaokao.physical.domain.plan.PlanItem;
import org.zhaokao.physical.domain.plan.Plans;
import org.zhaokao.physical.domain.plan.TestPlan;
import org.zhaokao.physical.domain.plan.TestSession;
import org.zhaokao.physical.domain.sitting.Attempt;
import org.zhaokao.physical.domain.sitting.Seat;
import org.zhaokao.physical.domain.sitting.Sittings;
import org.zhaokao.physical.domain.standard.Evaluation;
import org.zhaokao.physical.domain.standard.Evaluator;
import org.zhaokao.physical.domain.standard.Gender;
import org.zhaokao.physical.domain.standard.ItemStandard;
import org.zhaokao.physical.domain.standard.MissingStandardException;
import org.zhaokao.physical.domain.standard.Verdict;
import org.zhaokao.physical.infrastructure.PhysicalTestPlugin;
import org.zhaokao.plugins.api.outcome.OutcomeReceipt;
import org.zhaokao.plugins.api.outcome.OutcomeRejectedException;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;
import org.zhaokao.plugins.api.outcome.StageOutcome;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Verdicts against the standard for each candidate's gender and age on their test day (成绩评定), and
 * the outcomes sent to the pipeline (成绩回传) by a staff action: pass or fail, no score.
 */
@ApplicationScoped
public class EvaluationUseCases {

  @Inject private StageContext stage;
  @Inject private Catalogue catalogue;
  @Inject private Plans plans;
  @Inject private Sittings sittings;

  /** Everyone who entered the stage in the recruitment, with their outcome as it stands. */
  @Transactional
  public List<CandidateResult> results(Actor actor, long recruitmentId) {
    if (!actor.isPermitted(RECORD)) {
      stage.require(actor, MANAGE);
    }
    stage.assignment(recruitmentId);
    List<CandidateResult> out = evaluate(recruitmentId);
    stage.audit(
        actor,
        "results.viewed",
        "recruitment",
        recruitmentId,
        "candidates",
        String.valueOf(out.size()));
    return out;
  }

  /**
   * Sends every candidate's outcome to the pipeline.
   *
   * @return what the core stored
   * @throws StageProblem 409 before the stage runs, 422 if a standard is missing or the core
   *     refuses
   */
  @Transactional
  public OutcomeReceipt report(Actor actor, long recruitmentId) {
    stage.require(actor, MANAGE);
    stage.running(recruitmentId);
    List<CandidateResult> results = evaluate(recruitmentId);
    if (results.isEmpty()) {
      throw StageProblem.conflict("nobody has entered the physical test of this recruitment yet");
    }
    String evidence = "physical-test:result-sheet:recruitment-" + recruitmentId;
    List<StageOutcome> outcomes = new ArrayList<>();
    for (CandidateResult r : results) {
      outcomes.add(
          new StageOutcome(
              r.entrant().applicationId(),
              r.status(),
              Optional.empty(),
              r.remark(),
              List.of(evidence)));
    }
    OutcomeReceipt receipt;
    try {
      receipt = stage.core().results().report(PhysicalTestPlugin.ID, recruitmentId, outcomes);
    } catch (OutcomeRejectedException e) {
      throw StageProblem.invalid("the pipeline refused the outcomes: " + e.getMessage());
    }
    plans.plan(recruitmentId).ifPresent(p -> p.reported(actor.accountId(), Instant.now()));
    Map<OutcomeStatus, Integer> counts = new HashMap<>();
    results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    stage.audit(
        actor,
        "outcomes.reported",
        "recruitment",
        recruitmentId,
        "outcomes",
        counts.toString(),
        "stored",
        String.valueOf(receipt.stored()));
    return receipt;
  }

  List<CandidateResult> evaluate(long recruitmentId) {
    TestPlan plan =
        plans
            .plan(recruitmentId)
            .orElseThrow(
                () -> StageProblem.conflict("the recruitment has no physical-test plan yet"));
    Map<Long, TestItem> items = new HashMap<>();
    List<ItemStandard> standards = new ArrayList<>();
    for (PlanItem pi : plan.items()) {
      TestItem item = catalogue.byId(pi.itemId()).orElseThrow();
      items.put(item.id(), item);
      standards.add(item.standard());
    }
    Map<Long, Seat> seats = new HashMap<>();
    sittings.seats(recruitmentId).forEach(s -> seats.put(s.applicationId(), s));
    Map<Long, TestSession> sessions = new HashMap<>();
    plans.sessions(recruitmentId).forEach(s -> sessions.put(s.id(), s));
    Map<Long, Map<String, List<BigDecimal>>> figures = new HashMap<>();
    for (Attempt a : sittings.attempts(recruitmentId)) {
      TestItem item = items.get(a.itemId());
      if (item != null) {
        figures
            .computeIfAbsent(a.applicationId(), k -> new HashMap<>())
            .computeIfAbsent(item.code(), k -> new ArrayList<>())
            .add(a.figure());
      }
    }
    List<CandidateResult> out = new ArrayList<>();
    for (StageEntrant e : stage.entrants(recruitmentId)) {
      Optional<Seat> seat = Optional.ofNullable(seats.get(e.applicationId()));
      Optional<TestSession> session = seat.map(s -> sessions.get(s.sessionId()));
      if (seat.isEmpty() || !seat.get().signedIn()) {
        out.add(new CandidateResult(e, seat, session, OutcomeStatus.ABSENT, Optional.empty(), ""));
      } else if (seat.get().disqualified()) {
        out.add(
            new CandidateResult(
                e,
                seat,
                session,
                OutcomeStatus.DISQUALIFIED,
                Optional.empty(),
                seat.get().disqualifiedReason().orElse("")));
      } else {
        int age = e.ageOn(session.orElseThrow().testDay());
        Evaluation ev;
        try {
          ev =
              Evaluator.evaluate(
                  standards,
                  plan.rule(),
                  Gender.of(e.gender()),
                  age,
                  figures.getOrDefault(e.applicationId(), Map.of()));
        } catch (MissingStandardException ex) {
          throw StageProblem.invalid(
              "application "
                  + e.applicationId()
                  + ": "
                  + ex.getMessage()
                  + "; complete the catalogue");
        }
        OutcomeStatus status =
            ev.overall() == Verdict.PASSED ? OutcomeStatus.PASSED : OutcomeStatus.FAILED;
        out.add(new CandidateResult(e, seat, session, status, Optional.of(ev), ev.summary()));
      }
    }
    return out;
  }
}
