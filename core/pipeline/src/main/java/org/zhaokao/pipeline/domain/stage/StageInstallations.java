package org.zhaokao.pipeline.domain.stage;

import java.util.List;
import java.util.Optional;

/** Repository of {@link StageInstallation}s. */
public interface StageInstallations {

  Optional<StageInstallation> find(String stageId);

  /** Every installation, ordered by stage id. */
  List<StageInstallation> all();

  void add(StageInstallation installation);
}
