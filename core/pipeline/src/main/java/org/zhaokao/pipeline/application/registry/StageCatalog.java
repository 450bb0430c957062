package org.zhaokao.pipeline.application.registry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.plugins.api.config.StageConfig;

/** The core's read side of the registry: what the console, the REST API and the pipeline ask. */
public interface StageCatalog {

  /** Every stage plugin that is deployed or was once installed, ordered by id. */
  List<StageView> stages();

  Optional<StageView> stage(String stageId);

  /**
   * Checks settings against an active stage's declared configuration.
   *
   * @return the checked values with defaults filled in
   * @throws UnknownStageException if no active plugin has that id
   * @throws org.zhaokao.plugins.api.config.ConfigValidationException listing every violation
   */
  StageConfig validateConfig(String stageId, Map<String, String> values);

  /**
   * The labels and help texts of an active stage's settings in every language, by message key.
   *
   * @throws UnknownStageException if no active plugin has that id
   */
  Map<String, LocalizedText> configTexts(String stageId);

  /**
   * Stage ids whose plugin was unregistered but whose class loader is still reachable after a
   * garbage collection: a leak to investigate. Forces a collection, so call it from an
   * administrator's action only.
   */
  List<String> retainedAfterUnregister();

  /**
   * The active plugins that implement an optional capability ({@code BlacklistCheck}), in stage id
   * order. Callers use the result for the current request only and keep no reference, so an
   * undeployed plugin's classes can be collected.
   */
  <T> List<T> capabilities(Class<T> capability);
}
