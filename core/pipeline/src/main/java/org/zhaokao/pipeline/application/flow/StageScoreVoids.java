package org.zhaokao.pipeline.application.flow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import org.zhaokao.pipeline.domain.flow.Entrant;
import org.zhaokao.pipeline.domain.flow.Pipelines;
import org.zhaokao.pipeline.domain.flow.RecordedOutcome;
import org.zhaokao.pipeline.domain.flow.StageInstance;
import org.zhaokao.pipeline.domain.flow.StageInstanceStatus;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.discipline.StageScoreSanction;

/**
 * Voids a candidate's score in one stage by a discipline decision (当次成绩无效) and reinstates it after
 * a successful appeal. The stage's results, ranking and advancement are computed from the stored
 * outcomes, so they follow at once. In a published stage the voiding is proposed as a late change
 * (补正) that a second person approves ({@link OutcomeIntake#approveChange}); the officer who decided
 * may not; the approval keeps the replaced outcome. Reinstating there is a late change too.
 */
@ApplicationScoped
public class StageScoreVoids {

  @Inject private Pipelines pipelines;
  @Inject private PipelineAccess access;

  /**
   * @param decidedBy the officer who decided, when the caller names one: without, a published stage
   *     refuses the voiding, as nobody could be kept from approving it
   */
  public boolean voidScore(StageScoreSanction v, OptionalLong decidedBy) {
    StageInstance stage = stageOf(v);
    RecordedOutcome o = outcomeIn(stage, v);
    String remark = v.reason().length() > 1000 ? v.reason().substring(0, 1000) : v.reason();
    String previous = o.status().name();
    if (stage.status() == StageInstanceStatus.PUBLISHED) {
      return proposeVoid(o, v, remark, decidedBy);
    }
    if (!o.voidScore(remark, PipelineSetup.now())) {
      return false;
    }
    access.record(
        AuditEntry.builder("pipeline.outcome.voided", AuditActor.system())
            .target("application", String.valueOf(v.applicationId()))
            .detail("stage", v.stageId())
            .detail("previousStatus", previous)
            .detail("decision", v.decisionRef()));
    return true;
  }

  private boolean proposeVoid(
      RecordedOutcome o, StageScoreSanction v, String remark, OptionalLong decidedBy) {
    if (decidedBy.isEmpty()) {
      throw new IllegalStateException(
          "Stage " + v.stageId() + " is published; its results are corrected with approval");
    }
    if (!o.proposeVoid(remark, decidedBy.getAsLong())) {
      return false;
    }
    access.record(
        AuditEntry.builder("pipeline.outcome.void-proposed", AuditActor.system())
            .target("application", String.valueOf(v.applicationId()))
            .detail("stage", v.stageId())
            .detail("proposedBy", String.valueOf(decidedBy.getAsLong()))
            .detail("decision", v.decisionRef()));
    return true;
  }

  /**
   * Reinstates a voided score (恢复成绩). In a published stage a reinstatement is proposed as a late
   * change that a second person, not the deciding officer, approves; a voiding nobody approved yet
   * is simply dropped, as the published result never changed.
   *
   * @param decidedBy the officer who decided, when the caller names one: without, a published stage
   *     refuses, as nobody could be kept from approving it
   * @return true when the score is back (or was never taken) now, false when the reinstatement
   *     awaits a second person's approval
   */
  public boolean reinstate(StageScoreSanction r, OptionalLong decidedBy) {
    StageInstance stage = stageOf(r);
    RecordedOutcome o = outcomeIn(stage, r);
    if (stage.status() != StageInstanceStatus.PUBLISHED) {
      o.reinstate(PipelineSetup.now());
      return audit("pipeline.outcome.reinstated", r, o, decidedBy);
    }
    if (o.withdrawProposedVoid()) {
      return audit("pipeline.outcome.void-withdrawn", r, o, decidedBy);
    }
    if (decidedBy.isEmpty()) {
      throw new IllegalStateException(
          "Stage " + r.stageId() + " is published; its results are corrected with approval");
    }
    if (!o.proposeReinstate(decidedBy.getAsLong())) {
      throw new IllegalStateException(
          "The reinstatement of this score in stage " + r.stageId() + " already awaits approval");
    }
    audit("pipeline.outcome.reinstate-proposed", r, o, decidedBy);
    return false;
  }

  private boolean audit(
      String action, StageScoreSanction r, RecordedOutcome o, OptionalLong decidedBy) {
    access.record(
        AuditEntry.builder(action, AuditActor.system())
            .target("application", String.valueOf(r.applicationId()))
            .detail("stage", r.stageId())
            .detail("status", o.status().name())
            .detail("decidedBy", decidedBy.isPresent() ? String.valueOf(decidedBy.getAsLong()) : "")
            .detail("decision", r.decisionRef()));
    return true;
  }

  private StageInstance stageOf(StageScoreSanction s) {
    for (Entrant e : pipelines.entriesOf(s.applicationId())) {
      StageInstance stage = pipelines.stageForUpdate(e.stageInstanceId()).orElseThrow();
      if (stage.stageId().equals(s.stageId())) {
        return stage;
      }
    }
    throw new IllegalArgumentException(
        "Application " + s.applicationId() + " did not enter stage " + s.stageId());
  }

  private RecordedOutcome outcomeIn(StageInstance stage, StageScoreSanction s) {
    return pipelines
        .outcome(stage.id(), s.applicationId())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Application "
                        + s.applicationId()
                        + " has no result in stage "
                        + s.stageId()
                        + " yet"));
  }
}
