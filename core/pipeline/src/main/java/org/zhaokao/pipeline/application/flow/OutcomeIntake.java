package org.zhaokao.pipeline.application.flow;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhaokao.pipeline.application.registry.StageCatalog;
import org.zhaokao.pipeline.domain.flow.Entrant;
import org.zhaokao.pipeline.domain.flow.Pipelines;
import org.zhaokao.pipeline.domain.flow.RecordedOutcome;
import org.zhaokao.pipeline.domain.flow.StageInstance;
import org.zhaokao.pipeline.domain.flow.StageSettings;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.discipline.ScoreChangeApprovals;
import org.zhaokao.plugins.api.outcome.OutcomeReceipt;
import org.zhaokao.plugins.api.outcome.OutcomeRejectedException;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;
import org.zhaokao.plugins.api.outcome.ResultsSink;
import org.zhaokao.plugins.api.outcome.StageOutcome;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Takes outcomes in (成绩录入), from a plugin through the SPI or from staff: all or nothing, idempotent
 * per application and stage, only for the stage's entrants and within its score range, only while
 * the stage takes results. After the employer confirmed, a change is proposed by one person and
 * applied by another.
 */
@Stateless
@Local(ResultsSink.class)
@LocalBean
public class OutcomeIntake implements ResultsSink {

  @Inject private Pipelines pipelines;
  @Inject private PipelineAccess access;
  @EJB private StageCatalog catalog;

  @Override
  public OutcomeReceipt report(String stageId, long recruitmentId, List<StageOutcome> outcomes) {
    StageInstance stage =
        pipelines.chain(recruitmentId).stream()
            .filter(s -> s.stageId().equals(stageId))
            .findFirst()
            .orElseThrow(
                () ->
                    new OutcomeRejectedException(
                        List.of(
                            "Stage "
                                + stageId
                                + " is not in the chain of recruitment "
                                + recruitmentId)));
    stage = pipelines.stageForUpdate(stage.id()).orElseThrow();
    if (!stage.takesOutcomes()) {
      throw new OutcomeRejectedException(List.of(notTaking(stage)));
    }
    OutcomeReceipt receipt = store(stage, outcomes);
    access.record(
        AuditEntry.builder("pipeline.outcomes.reported", AuditActor.system())
            .target("stage-instance", String.valueOf(stage.id()))
            .detail("recruitment", String.valueOf(recruitmentId))
            .detail("plugin", stageId)
            .detail("stored", String.valueOf(receipt.stored()))
            .detail("unchanged", String.valueOf(receipt.unchanged())));
    return receipt;
  }

  /** Staff enter outcomes (e.g. from a score sheet); same rules as a plugin's report. */
  public OutcomeReceipt enter(Actor actor, long stageInstanceId, List<OutcomeForm> forms) {
    StageInstance stage = stage(stageInstanceId);
    access.require(actor, stage.recruitmentId(), PipelineAccess.MANAGE);
    stage = pipelines.stageForUpdate(stageInstanceId).orElseThrow();
    if (!stage.takesOutcomes()) {
      throw new ConflictException("stage.not-taking-outcomes", notTaking(stage));
    }
    if (forms == null || forms.isEmpty()) {
      throw InvalidInputException.of("outcomes", "required", "Send at least one outcome");
    }
    List<StageOutcome> outcomes = new ArrayList<>();
    for (OutcomeForm f : forms) {
      outcomes.add(toOutcome(f));
    }
    OutcomeReceipt receipt;
    try {
      receipt = store(stage, outcomes);
    } catch (OutcomeRejectedException e) {
      throw InvalidInputException.of("outcomes", "outcome.rejected", e.getMessage());
    }
    access.record(
        access
            .entry(actor, "pipeline.outcomes.entered")
            .target("stage-instance", String.valueOf(stage.id()))
            .detail("recruitment", String.valueOf(stage.recruitmentId()))
            .detail("stored", String.valueOf(receipt.stored()))
            .detail("unchanged", String.valueOf(receipt.unchanged())));
    return receipt;
  }

  /**
   * Proposes a change of an outcome after the employer confirmed (补正); a second person applies it.
   */
  public void proposeChange(Actor actor, long stageInstanceId, OutcomeForm form) {
    StageInstance stage = stage(stageInstanceId);
    access.require(actor, stage.recruitmentId(), PipelineAccess.MANAGE);
    if (!stage.status().confirmed()) {
      throw new ConflictException(
          "outcome.not-confirmed", "Before confirmation, enter the outcome again instead");
    }
    StageOutcome o = toOutcome(form);
    List<String> problems = check(stage, List.of(o), entrantsById(stage));
    if (!problems.isEmpty()) {
      throw InvalidInputException.of("outcome", "outcome.rejected", String.join("; ", problems));
    }
    RecordedOutcome stored = existing(stage, o.applicationId());
    stored.proposeChange(o.status(), o.score().orElse(null), o.remark(), actor.accountId());
    access.record(
        access
            .entry(actor, "pipeline.outcome.change-proposed")
            .target("application", String.valueOf(o.applicationId()))
            .detail("stageInstance", String.valueOf(stage.id()))
            .detail("status", o.status().name())
            .detail("score", o.score().map(BigDecimal::toPlainString).orElse("")));
  }

  /**
   * A second person applies a proposed change; one a discipline decision proposed (a voiding or a
   * reinstatement) is announced to the plugins that hear {@link ScoreChangeApprovals}.
   */
  public void approveChange(Actor actor, long stageInstanceId, long applicationId) {
    StageInstance stage = stage(stageInstanceId);
    access.require(actor, stage.recruitmentId(), PipelineAccess.MANAGE);
    RecordedOutcome stored = existing(stage, applicationId);
    long proposer = stored.pendingBy().orElse(0L);
    ScoreChangeApprovals.Kind sanction =
        stored.voidPending()
            ? ScoreChangeApprovals.Kind.VOID
            : stored.reinstatementPending() ? ScoreChangeApprovals.Kind.REINSTATEMENT : null;
    stored.approveChange(actor.accountId(), PipelineSetup.now());
    access.record(
        access
            .entry(actor, "pipeline.outcome.change-approved")
            .target("application", String.valueOf(applicationId))
            .detail("stageInstance", String.valueOf(stage.id()))
            .detail("proposedBy", String.valueOf(proposer))
            .detail("status", stored.status().name())
            .detail("score", stored.score().map(BigDecimal::toPlainString).orElse("")));
    if (sanction != null) {
      // A discipline decision's late change: the deciding plugin tells the candidate it applies.
      for (ScoreChangeApprovals listener : catalog.capabilities(ScoreChangeApprovals.class)) {
        listener.approved(applicationId, stage.stageId(), sanction);
      }
    }
  }

  private RecordedOutcome existing(StageInstance stage, long applicationId) {
    return pipelines
        .outcome(stage.id(), applicationId)
        .orElseThrow(() -> new RecordNotFoundException("outcome", applicationId));
  }

  private OutcomeReceipt store(StageInstance stage, List<StageOutcome> outcomes) {
    Map<Long, Entrant> entrants = entrantsById(stage);
    List<String> problems = check(stage, outcomes, entrants);
    if (!problems.isEmpty()) {
      throw new OutcomeRejectedException(problems);
    }
    OffsetDateTime now = PipelineSetup.now();
    int stored = 0;
    int unchanged = 0;
    for (StageOutcome o : outcomes) {
      BigDecimal score = o.score().orElse(null);
      Optional<RecordedOutcome> existing = pipelines.outcome(stage.id(), o.applicationId());
      if (existing.isPresent()) {
        if (existing.get().replace(o.status(), score, o.remark(), now)) {
          stored++;
        } else {
          unchanged++;
        }
      } else {
        Entrant e = entrants.get(o.applicationId());
        pipelines.add(
            new RecordedOutcome(
                stage.id(), o.applicationId(), e.positionId(), o.status(), score, o.remark(), now));
        stored++;
      }
    }
    return new OutcomeReceipt(stored, unchanged);
  }

  private Map<Long, Entrant> entrantsById(StageInstance stage) {
    return pipelines.entrants(stage.id()).stream()
        .collect(Collectors.toMap(Entrant::applicationId, Function.identity()));
  }

  /** Every problem of the report; empty when it may be stored. */
  static List<String> check(
      StageInstance stage, List<StageOutcome> outcomes, Map<Long, Entrant> entrants) {
    List<String> problems = new ArrayList<>();
    StageSettings settings = stage.settings();
    boolean scored = settings.maxScore().isPresent();
    Set<Long> seen = new HashSet<>();
    if (outcomes.isEmpty()) {
      problems.add("A report carries at least one outcome");
    }
    for (StageOutcome o : outcomes) {
      long id = o.applicationId();
      if (!seen.add(id)) {
        problems.add("Application " + id + " is listed twice");
      }
      if (!entrants.containsKey(id)) {
        problems.add("Application " + id + " is not a candidate of this stage");
        continue;
      }
      if (o.remark().length() > 1000) {
        problems.add("Application " + id + ": the remark is longer than 1000 characters");
      }
      boolean sat = o.status() == OutcomeStatus.PASSED || o.status() == OutcomeStatus.FAILED;
      if (o.score().isPresent()) {
        if (!scored) {
          problems.add("Application " + id + ": this stage has no scores");
        } else if (!settings.inRange(o.score().get())) {
          problems.add(
              "Application "
                  + id
                  + ": score "
                  + o.score().get().toPlainString()
                  + " lies outside the stage's range 0 to "
                  + settings.maxScore().get().toPlainString());
        }
      } else if (sat && scored) {
        problems.add("Application " + id + ": a " + o.status() + " outcome needs a score");
      }
    }
    return problems;
  }

  private StageInstance stage(long stageInstanceId) {
    return pipelines
        .stage(stageInstanceId)
        .orElseThrow(() -> new RecordNotFoundException("stage", stageInstanceId));
  }

  private static String notTaking(StageInstance stage) {
    return stage.status().confirmed()
        ? "The employer has confirmed the stage's results: a change needs two people"
        : "The stage is " + stage.status() + " and does not take results now";
  }

  private static StageOutcome toOutcome(OutcomeForm f) {
    if (f == null || f.status() == null) {
      throw InvalidInputException.of("status", "required", "Every outcome has a status");
    }
    OutcomeStatus status;
    try {
      status = OutcomeStatus.valueOf(f.status().trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(
          "status", "outcome.status", "status is PASSED, FAILED, ABSENT or DISQUALIFIED");
    }
    try {
      return new StageOutcome(
          f.applicationId(), status, Optional.ofNullable(f.score()), f.remark(), List.of());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("outcomes", "outcome.invalid", e.getMessage());
    }
  }
}
