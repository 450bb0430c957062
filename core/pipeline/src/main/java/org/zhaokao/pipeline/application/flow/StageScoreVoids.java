package org.zhaokao.pipeline.application.flow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * outcomes, so they follow at once. A published stage is left alone.
 */
@ApplicationScoped
public class StageScoreVoids {

  @Inject private Pipelines pipelines;
  @Inject private PipelineAccess access;

  public boolean voidScore(StageScoreSanction v) {
    RecordedOutcome o = outcomeOf(v);
    String remark = v.reason().length() > 1000 ? v.reason().substring(0, 1000) : v.reason();
    String previous = o.status().name();
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

  public boolean reinstate(StageScoreSanction r) {
    RecordedOutcome o = outcomeOf(r);
    o.reinstate(PipelineSetup.now());
    access.record(
        AuditEntry.builder("pipeline.outcome.reinstated", AuditActor.system())
            .target("application", String.valueOf(r.applicationId()))
            .detail("stage", r.stageId())
            .detail("status", o.status().name())
            .detail("decision", r.decisionRef()));
    return true;
  }

  private RecordedOutcome outcomeOf(StageScoreSanction s) {
    for (Entrant e : pipelines.entriesOf(s.applicationId())) {
      StageInstance stage = pipelines.stageForUpdate(e.stageInstanceId()).orElseThrow();
      if (!stage.stageId().equals(s.stageId())) {
        continue;
      }
      if (stage.status() == StageInstanceStatus.PUBLISHED) {
        throw new IllegalStateException(
            "Stage " + s.stageId() + " is published; its results are corrected with approval");
      }
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
    throw new IllegalArgumentException(
        "Application " + s.applicationId() + " did not enter stage " + s.stageId());
  }
}
