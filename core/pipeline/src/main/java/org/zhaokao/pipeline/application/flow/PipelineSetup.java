package org.zhaokao.pipeline.application.flow;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhaokao.pipeline.application.registry.StageCatalog;
import org.zhaokao.pipeline.domain.flow.Pipelines;
import org.zhaokao.pipeline.domain.flow.StageChain;
import org.zhaokao.pipeline.domain.flow.StageInstance;
import org.zhaokao.pipeline.domain.flow.StageInstanceStatus;
import org.zhaokao.pipeline.domain.flow.StageSchedule;
import org.zhaokao.pipeline.domain.flow.StageSettings;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.plugins.api.StageStatus;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Composing a recruitment's stage chain from installed plugins and setting each stage's rule; once
 * a stage has started its rule changes only when a second person approves the change.
 */
@Stateless
public class PipelineSetup {

  @Inject private Pipelines pipelines;
  @Inject private PipelineAccess access;
  @Inject private StageInstanceViews views;
  @Inject private StageLookup stages;
  @EJB private StageCatalog catalog;

  /** The recruitment's chain, in order. */
  public List<StageInstanceView> chain(Actor actor, long recruitmentId) {
    access.visible(actor, recruitmentId);
    return pipelines.chain(recruitmentId).stream().map(views::view).toList();
  }

  /**
   * Sets the chain: the stages in order. Replaces an earlier chain while no stage has been
   * notified.
   */
  public List<StageInstanceView> compose(Actor actor, long recruitmentId, List<String> stageIds) {
    access.require(actor, recruitmentId, PipelineAccess.MANAGE);
    Map<String, List<String>> installed = new HashMap<>();
    catalog.stages().stream()
        .filter(s -> s.status() == StageStatus.ACTIVE)
        .forEach(s -> installed.put(s.id(), s.dependsOn()));
    StageChain chain = StageChain.validated(stageIds, installed);
    List<StageInstance> existing = pipelines.chain(recruitmentId);
    if (existing.stream().anyMatch(s -> s.status() != StageInstanceStatus.CONFIGURED)) {
      throw new ConflictException(
          "chain.started", "The chain has begun: its stages can no longer be changed");
    }
    pipelines.removeChain(recruitmentId);
    OffsetDateTime now = now();
    int seq = 1;
    for (String id : chain.stageIds()) {
      pipelines.add(new StageInstance(recruitmentId, seq++, id, now));
    }
    access.record(
        access
            .entry(actor, "pipeline.chain.composed")
            .target("recruitment", String.valueOf(recruitmentId))
            .detail("stages", String.join(",", chain.stageIds())));
    return chain(actor, recruitmentId);
  }

  /** Sets a stage's settings before it starts. */
  public StageInstanceView configure(Actor actor, long stageInstanceId, SettingsForm form) {
    StageInstance s = stages.managed(actor, stageInstanceId);
    StageSettings settings = required(form).toSettings();
    s.configure(settings, now());
    audit(actor, s, "pipeline.stage.configured", settings);
    return views.view(s);
  }

  /** Sets when and where the stage takes place, until it starts. */
  public StageInstanceView schedule(Actor actor, long stageInstanceId, ScheduleForm form) {
    StageInstance s = stages.managed(actor, stageInstanceId);
    if (form == null) {
      throw org.zhaokao.platform.validation.InvalidInputException.of(
          "schedule", "required", "Send the stage's time and place");
    }
    StageSchedule schedule = form.toSchedule();
    s.schedule(schedule, now());
    access.record(
        access
            .entry(actor, "pipeline.stage.scheduled")
            .target("stage-instance", String.valueOf(s.id()))
            .detail("recruitment", String.valueOf(s.recruitmentId()))
            .detail("startsAt", schedule.startsAt().toString())
            .detail("endsAt", schedule.endsAt().toString())
            .detail("place", schedule.place()));
    return views.view(s);
  }

  /** Proposes a change of a started stage's settings. */
  public StageInstanceView propose(Actor actor, long stageInstanceId, SettingsForm form) {
    StageInstance s = stages.managed(actor, stageInstanceId);
    StageSettings settings = required(form).toSettings();
    s.proposeSettings(settings, actor.accountId(), now());
    audit(actor, s, "pipeline.stage.change-proposed", settings);
    return views.view(s);
  }

  /** A second person approves the proposed change. */
  public StageInstanceView approve(Actor actor, long stageInstanceId) {
    StageInstance s = stages.managed(actor, stageInstanceId);
    long proposer = s.pendingBy().orElse(0L);
    StageSettings applied = s.approveSettings(actor.accountId(), now());
    access.record(
        access
            .entry(actor, "pipeline.stage.change-approved")
            .target("stage-instance", String.valueOf(s.id()))
            .detail("recruitment", String.valueOf(s.recruitmentId()))
            .detail("proposedBy", String.valueOf(proposer))
            .detail("settings", applied.encode()));
    return views.view(s);
  }

  private static SettingsForm required(SettingsForm form) {
    if (form == null) {
      throw org.zhaokao.platform.validation.InvalidInputException.of(
          "settings", "required", "Send the stage's settings");
    }
    return form;
  }

  private void audit(Actor actor, StageInstance s, String action, StageSettings settings) {
    access.record(
        access
            .entry(actor, action)
            .target("stage-instance", String.valueOf(s.id()))
            .detail("recruitment", String.valueOf(s.recruitmentId()))
            .detail("settings", settings.encode()));
  }

  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
