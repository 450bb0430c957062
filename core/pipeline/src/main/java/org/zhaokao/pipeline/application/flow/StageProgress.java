package org.zhaokao.pipeline.application.flow;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhaokao.pipeline.application.flow.RecruitmentFacts.Candidacy;
import org.zhaokao.pipeline.application.flow.RecruitmentFacts.Facts;
import org.zhaokao.pipeline.domain.flow.Entrant;
import org.zhaokao.pipeline.domain.flow.Pipelines;
import org.zhaokao.pipeline.domain.flow.RecordedOutcome;
import org.zhaokao.pipeline.domain.flow.StageInstance;
import org.zhaokao.pipeline.domain.flow.StageInstanceStatus;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Drives a stage instance through its lifecycle (CONFIGURED → NOTIFIED → IN_PROGRESS →
 * RESULTS_ENTERED → CONFIRMED_BY_EMPLOYER → PUBLISHED). The first stage's entrants are the approved
 * applications, notified when staff move it to NOTIFIED; publishing a stage tells each entrant
 * their own result, and moves those who advance into the next stage with its notice.
 */
@Stateless
public class StageProgress {

  @Inject private Pipelines pipelines;
  @Inject private PipelineAccess access;
  @Inject private StageLookup stages;
  @Inject private StageInstanceViews views;
  @Inject private Standings standings;
  @Inject private PipelineNotices notices;
  @EJB private RecruitmentFacts facts;
  @EJB private RecruitmentLifecycle lifecycle;

  /** Staff move the stage to NOTIFIED (first stage only), IN_PROGRESS or RESULTS_ENTERED. */
  public StageInstanceView advance(Actor actor, long stageInstanceId, String to) {
    StageInstanceStatus target = parse(to);
    StageInstance s = stages.managed(actor, stageInstanceId);
    Facts r = facts.recruitment(s.recruitmentId()).orElseThrow();
    OffsetDateTime now = PipelineSetup.now();
    switch (target) {
      case NOTIFIED -> {
        if (s.seq() != 1) {
          throw new ConflictException(
              "stage.notified-by-publication",
              "A later stage is notified when the stage before it is published");
        }
        List<Candidacy> approved = facts.approved(s.recruitmentId());
        if (approved.isEmpty()) {
          throw new ConflictException(
              "stage.no-candidates", "The recruitment has no approved applications yet");
        }
        s.moveTo(target, now);
        for (Candidacy c : approved) {
          enter(s, r, c.applicationId(), c.positionId(), c.candidateId());
        }
        lifecycle.stagesBegun(s.recruitmentId());
      }
      case IN_PROGRESS -> s.moveTo(target, now);
      case RESULTS_ENTERED -> {
        Map<Long, Entrant> entrants = standings.entrants(s);
        long missing =
            entrants.keySet().stream()
                .filter(id -> pipelines.outcome(s.id(), id).isEmpty())
                .count();
        if (missing > 0) {
          throw new ConflictException(
              "stage.outcomes-missing", missing + " candidates of the stage have no outcome yet");
        }
        s.moveTo(target, now);
      }
      default ->
          throw InvalidInputException.of(
              "to",
              "stage.transition",
              "Staff move a stage to NOTIFIED, IN_PROGRESS or RESULTS_ENTERED; the employer"
                  + " confirms and staff publish separately");
    }
    audit(actor, s, "pipeline.stage." + target.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    return views.view(s);
  }

  /** The employer confirms the results (招考单位确认). */
  public StageInstanceView confirm(Actor actor, long stageInstanceId) {
    StageInstance s = stages.find(stageInstanceId);
    access.require(actor, s.recruitmentId(), PipelineAccess.CONFIRM);
    s.confirm(actor.accountId(), PipelineSetup.now());
    audit(actor, s, "pipeline.stage.confirmed");
    return views.view(s);
  }

  /**
   * Publishes the confirmed results: every entrant is told their own result; those who advance
   * enter the next stage and get its notice.
   */
  public StageInstanceView publish(Actor actor, long stageInstanceId) {
    StageInstance s = stages.managed(actor, stageInstanceId);
    Facts r = facts.recruitment(s.recruitmentId()).orElseThrow();
    if (s.status() != StageInstanceStatus.CONFIRMED_BY_EMPLOYER) {
      throw new ConflictException(
          "stage.transition", "Only results the employer confirmed can be published");
    }
    if (pipelines.outcomes(s.id()).stream().anyMatch(o -> o.pendingStatus().isPresent())) {
      throw new ConflictException(
          "stage.change-pending", "A change of an outcome awaits its second approver");
    }
    s.moveTo(StageInstanceStatus.PUBLISHED, PipelineSetup.now());
    Set<Long> advancing = standings.advancing(s, r.headcounts());
    Optional<StageInstance> next =
        pipelines.chain(s.recruitmentId()).stream().filter(x -> x.seq() == s.seq() + 1).findFirst();
    Map<String, String> stageName = views.names(s);
    Map<String, String> nextName = next.map(views::names).orElse(null);
    for (Entrant e : standings.entrants(s).values()) {
      Optional<RecordedOutcome> o = pipelines.outcome(s.id(), e.applicationId());
      boolean goesOn = advancing.contains(e.applicationId());
      PipelineNotices.NextStep nextStep =
          !goesOn
              ? PipelineNotices.NextStep.ELIMINATED
              : next.isPresent()
                  ? PipelineNotices.NextStep.NEXT_STAGE
                  : PipelineNotices.NextStep.AWAIT_ADMISSION;
      notices.result(
          e.candidateId(),
          e.applicationId(),
          s.id(),
          r.title(),
          r.positionTitle(e.positionId()),
          stageName,
          o.map(RecordedOutcome::status).orElse(null),
          o.flatMap(RecordedOutcome::score).orElse(null),
          nextStep,
          nextName);
    }
    if (next.isPresent()) {
      StageInstance n = next.get();
      n.moveTo(StageInstanceStatus.NOTIFIED, PipelineSetup.now());
      for (Entrant e : standings.entrants(s).values()) {
        if (advancing.contains(e.applicationId())) {
          enter(n, r, e.applicationId(), e.positionId(), e.candidateId());
        }
      }
      audit(actor, n, "pipeline.stage.notified");
    }
    access.record(
        access
            .entry(actor, "pipeline.stage.published")
            .target("stage-instance", String.valueOf(s.id()))
            .detail("recruitment", String.valueOf(s.recruitmentId()))
            .detail("candidates", String.valueOf(standings.entrants(s).size()))
            .detail("advancing", String.valueOf(advancing.size())));
    return views.view(s);
  }

  private void enter(
      StageInstance s, Facts r, long applicationId, long positionId, long candidateId) {
    pipelines.add(new Entrant(s.id(), applicationId, positionId, candidateId));
    notices.stageNotice(
        candidateId, applicationId, s.id(), r.title(), r.positionTitle(positionId), views.names(s));
  }

  private void audit(Actor actor, StageInstance s, String action) {
    access.record(
        access
            .entry(actor, action)
            .target("stage-instance", String.valueOf(s.id()))
            .detail("recruitment", String.valueOf(s.recruitmentId())));
  }

  private static StageInstanceStatus parse(String to) {
    try {
      return StageInstanceStatus.valueOf(String.valueOf(to).trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(
          "to", "stage.transition", "to is one of " + List.of(StageInstanceStatus.values()));
    }
  }
}
