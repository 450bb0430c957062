package org.zhaokao.pipeline.application.flow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zhaokao.pipeline.domain.flow.Pipelines;
import org.zhaokao.pipeline.domain.flow.StageInstance;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.plugins.api.security.Actor;

/** Finds a stage instance for a use case, with the permission check on its recruitment. */
@ApplicationScoped
public class StageLookup {

  @Inject private Pipelines pipelines;
  @Inject private PipelineAccess access;

  /** The stage, or 404. */
  public StageInstance find(long stageInstanceId) {
    return pipelines
        .stage(stageInstanceId)
        .orElseThrow(() -> new RecordNotFoundException("stage", stageInstanceId));
  }

  /** The stage if the actor may manage its recruitment's pipeline. */
  public StageInstance managed(Actor actor, long stageInstanceId) {
    StageInstance s = find(stageInstanceId);
    access.require(actor, s.recruitmentId(), PipelineAccess.MANAGE);
    return s;
  }
}
