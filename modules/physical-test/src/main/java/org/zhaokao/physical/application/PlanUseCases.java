package org.zhaokao.physical.application;

import static org.zhaokao.physical.infrastructure.PhysicalTestPlugin.MANAGE;
import static org.zhaokao.physical.infrastructure.PhysicalTestPlugin.RECORD;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhaokao.physical.domain.catalogue.Catalogue;
import org.zhaokao.physical.domain.catalogue.TestItem;
import org.zhaokao.physical.domain.plan.Plans;
import org.zhaokao.physical.domain.plan.TestPlan;
import org.zhaokao.physical.domain.plan.TestSession;
import org.zhaokao.physical.domain.sitting.Seat;
import org.zhaokao.physical.domain.sitting.Sittings;
import org.zhaokao.physical.domain.standard.Gender;
import org.zhaokao.physical.domain.standard.ItemStandard;
import org.zhaokao.physical.domain.standard.PassRule;
import org.zhaokao.plugins.api.roster.StageAssignment;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.plugins.api.security.Actor;

/**
 * A recruitment's physical test set up (体能测试安排): items, attempts, pass rule, sessions, and who sits
 * in which session.
 */
@ApplicationScoped
public class PlanUseCases {

  @Inject private StageContext stage;
  @Inject private Catalogue catalogue;
  @Inject private Plans plans;
  @Inject private Sittings sittings;

  /** An item of the plan as staff choose it; no attempts means the item's default. */
  public record PlanLine(String code, Optional<Integer> attempts) {}

  @Transactional
  public List<StageAssignment> recruitments(Actor actor) {
    readable(actor);
    return stage.assignments();
  }

  @Transactional
  public Optional<TestPlan> plan(Actor actor, long recruitmentId) {
    readable(actor);
    stage.assignment(recruitmentId);
    return plans.plan(recruitmentId);
  }

  /** Sets the plan; refused once a figure was recorded, since verdicts would change under it. */
  @Transactional
  public TestPlan define(Actor actor, long recruitmentId, List<PlanLine> lines, PassRule rule) {
    stage.require(actor, MANAGE);
    stage.assignment(recruitmentId);
    if (sittings.anyAttempt(recruitmentId)) {
      throw StageProblem.conflict("results have been recorded: the plan can no longer change");
    }
    if (lines.isEmpty()) {
      throw StageProblem.invalid("a plan needs at least one item");
    }
    List<long[]> items = new ArrayList<>();
    List<ItemStandard> standards = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (PlanLine line : lines) {
      TestItem item =
          catalogue
              .byCode(line.code())
              .orElseThrow(
                  () -> StageProblem.invalid("no item " + line.code() + " in the catalogue"));
      if (!seen.add(item.code())) {
        throw StageProblem.invalid("item " + item.code() + " is listed twice");
      }
      items.add(new long[] {item.id(), line.attempts().orElse(item.defaultAttempts())});
      standards.add(item.standard());
    }
    for (Gender g : Gender.values()) {
      long sat = standards.stream().filter(s -> s.appliesTo(g)).count();
      if (sat > 0 && !rule.satisfiableWith((int) sat)) {
        throw StageProblem.invalid(
            "rule " + rule + " cannot be met: " + g + " candidates sit only " + sat + " item(s)");
      }
    }
    TestPlan plan = plans.plan(recruitmentId).orElse(null);
    boolean created = plan == null;
    if (created) {
      plan = new TestPlan(recruitmentId);
    }
    try {
      plan.define(items, rule);
    } catch (IllegalArgumentException e) {
      throw StageProblem.invalid(e.getMessage());
    }
    if (created) {
      plans.add(plan);
    }
    stage.audit(
        actor,
        "plan.defined",
        "recruitment",
        recruitmentId,
        "items",
        lines.stream().map(PlanLine::code).collect(Collectors.joining(",")),
        "rule",
        rule.toString());
    return plan;
  }

  @Transactional
  public List<TestSession> sessions(Actor actor, long recruitmentId) {
    readable(actor);
    stage.assignment(recruitmentId);
    return plans.sessions(recruitmentId);
  }

  @Transactional
  public TestSession addSession(Actor actor, long recruitmentId, Instant startsAt, String place) {
    stage.require(actor, MANAGE);
    stage.assignment(recruitmentId);
    if (startsAt == null) {
      throw StageProblem.invalid("startsAt is required, e.g. 2026-12-05T08:30:00+08:00");
    }
    TestSession session;
    try {
      session = new TestSession(recruitmentId, startsAt, place);
    } catch (IllegalArgumentException e) {
      throw StageProblem.invalid(e.getMessage());
    }
    plans.add(session);
    stage.audit(
        actor,
        "session.added",
        "recruitment",
        recruitmentId,
        "startsAt",
        startsAt.toString(),
        "place",
        session.place());
    return session;
  }

  /**
   * Seats the candidates in the session (moving those seated elsewhere who have not signed in).
   *
   * @throws StageProblem 422 naming an application that did not enter the stage, before changing
   *     anything
   */
  @Transactional
  public int assign(Actor actor, long recruitmentId, long sessionId, List<Long> applicationIds) {
    stage.require(actor, MANAGE);
    stage.assignment(recruitmentId);
    TestSession session = session(recruitmentId, sessionId);
    Map<Long, StageEntrant> entrants =
        stage.entrants(recruitmentId).stream()
            .collect(Collectors.toMap(StageEntrant::applicationId, Function.identity()));
    List<Long> unknown = applicationIds.stream().filter(a -> !entrants.containsKey(a)).toList();
    if (applicationIds.isEmpty() || !unknown.isEmpty()) {
      throw StageProblem.invalid(
          applicationIds.isEmpty()
              ? "list at least one application"
              : "not candidates of this physical test: applications " + unknown);
    }
    for (long app : new java.util.LinkedHashSet<>(applicationIds)) {
      Optional<Seat> seat = sittings.seat(recruitmentId, app);
      if (seat.isPresent()) {
        try {
          seat.get().moveTo(session.id());
        } catch (IllegalStateException e) {
          throw StageProblem.conflict(e.getMessage());
        }
      } else {
        sittings.add(new Seat(recruitmentId, app, session.id()));
      }
    }
    stage.audit(
        actor,
        "seats.assigned",
        "physical-test-session",
        sessionId,
        "recruitment",
        String.valueOf(recruitmentId),
        "applications",
        applicationIds.toString());
    return applicationIds.size();
  }

  TestSession session(long recruitmentId, long sessionId) {
    return plans
        .session(sessionId)
        .filter(s -> s.recruitmentId() == recruitmentId)
        .orElseThrow(
            () ->
                StageProblem.notFound(
                    "no session " + sessionId + " in recruitment " + recruitmentId));
  }

  private void readable(Actor actor) {
    if (!actor.isPermitted(RECORD)) {
      stage.require(actor, MANAGE);
    }
  }
}
