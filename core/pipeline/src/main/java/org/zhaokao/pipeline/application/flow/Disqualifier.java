package org.zhaokao.pipeline.application.flow;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.zhaokao.pipeline.domain.flow.Entrant;
import org.zhaokao.pipeline.domain.flow.Pipelines;
import org.zhaokao.pipeline.domain.flow.RecordedOutcome;
import org.zhaokao.pipeline.domain.flow.StageInstance;
import org.zhaokao.pipeline.domain.flow.StageInstanceStatus;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.discipline.Disqualification;
import org.zhaokao.plugins.api.discipline.Sanctions;
import org.zhaokao.plugins.api.discipline.StageScoreSanction;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;

/**
 * Puts discipline's disqualification (取消资格) into effect: the application becomes DISQUALIFIED, and
 * in every stage it entered that is not yet published its outcome becomes DISQUALIFIED, so no
 * publication advances it and no ranking counts it. A published stage keeps its history. A
 * disqualification withdrawn on appeal is lifted: the application's previous status and the
 * outcomes it replaced in the open stages come back; a stage published meanwhile must first be
 * corrected by a two-person late change.
 */
@Stateless
@Local(Sanctions.class)
public class Disqualifier implements Sanctions {

  @Inject private Pipelines pipelines;
  @Inject private PipelineAccess access;
  @EJB private ApplicationSanctions applications;
  @Inject private StageScoreVoids scores;

  @Override
  public boolean voidStageScore(StageScoreSanction voiding) {
    return scores.voidScore(voiding, OptionalLong.empty());
  }

  @Override
  public boolean voidStageScore(StageScoreSanction voiding, long decidedBy) {
    return scores.voidScore(voiding, OptionalLong.of(decidedBy));
  }

  @Override
  public boolean reinstateStageScore(StageScoreSanction reinstatement) {
    return scores.reinstate(reinstatement, OptionalLong.empty());
  }

  @Override
  public boolean reinstateStageScore(StageScoreSanction reinstatement, long decidedBy) {
    return scores.reinstate(reinstatement, OptionalLong.of(decidedBy));
  }

  @Override
  public boolean disqualify(Disqualification d) {
    OptionalLong recruitment = applications.disqualify(d.applicationId(), d.reason());
    if (recruitment.isEmpty()) {
      return false;
    }
    OffsetDateTime now = PipelineSetup.now();
    int stages = 0;
    for (Entrant e : pipelines.entriesOf(d.applicationId())) {
      StageInstance stage = pipelines.stageForUpdate(e.stageInstanceId()).orElseThrow();
      if (stage.status() != StageInstanceStatus.PUBLISHED) {
        mark(stage, e, d.reason(), now);
        stages++;
      }
    }
    access.record(
        AuditEntry.builder("pipeline.application.disqualified", AuditActor.system())
            .target("application", String.valueOf(d.applicationId()))
            .detail("recruitment", String.valueOf(recruitment.getAsLong()))
            .detail("decision", d.decisionRef())
            .detail("openStages", String.valueOf(stages)));
    return true;
  }

  @Override
  public boolean liftDisqualification(Disqualification lifting) {
    List<RecordedOutcome> open = new ArrayList<>();
    for (Entrant e : pipelines.entriesOf(lifting.applicationId())) {
      StageInstance stage = pipelines.stageForUpdate(e.stageInstanceId()).orElseThrow();
      var outcome = pipelines.outcome(stage.id(), e.applicationId());
      if (outcome.isEmpty() || !outcome.get().disqualifiedByDecision()) {
        continue;
      }
      if (stage.status() != StageInstanceStatus.PUBLISHED) {
        open.add(outcome.get());
      } else if (outcome.get().status() == OutcomeStatus.DISQUALIFIED) {
        throw publishedMeanwhile(stage, lifting.applicationId());
      }
      // A stage published meanwhile whose result staff corrected by a late change stays as it is.
    }
    long recruitment = applications.liftDisqualification(lifting.applicationId(), lifting.reason());
    OffsetDateTime now = PipelineSetup.now();
    for (RecordedOutcome o : open) {
      if (o.addedByDisqualification()) {
        pipelines.remove(o);
      } else {
        o.liftDisqualification(now);
      }
    }
    access.record(
        AuditEntry.builder("pipeline.application.disqualification-lifted", AuditActor.system())
            .target("application", String.valueOf(lifting.applicationId()))
            .detail("recruitment", String.valueOf(recruitment))
            .detail("decision", lifting.decisionRef())
            .detail("openStages", String.valueOf(open.size())));
    return true;
  }

  /**
   * A stage published while the candidate stood disqualified in it ranked them out and advanced
   * others: restoring their result there silently would rewrite a published ranking and the entry
   * into the next stage, which only a late change approved by a second person may do.
   */
  private static IllegalStateException publishedMeanwhile(StageInstance stage, long application) {
    return new IllegalStateException(
        "Stage "
            + stage.stageId()
            + " was published while application "
            + application
            + " stood disqualified in it, so it was ranked and advanced without them; lifting"
            + " the disqualification would change a published result. First correct the"
            + " candidate's result in stage "
            + stage.stageId()
            + " as a late change (补正: one person proposes it, a second approves it), then"
            + " resolve the appeal again.");
  }

  private void mark(StageInstance stage, Entrant e, String reason, OffsetDateTime now) {
    String remark = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    pipelines
        .outcome(stage.id(), e.applicationId())
        .ifPresentOrElse(
            o -> o.disqualify(remark, now),
            () ->
                pipelines.add(
                    RecordedOutcome.disqualifiedEntrant(
                        stage.id(), e.applicationId(), e.positionId(), remark, now)));
  }
}
