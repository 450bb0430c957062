package org.zhaokao.plugins.api;

import java.util.Objects;

/**
 * The core's answer to {@link StagePluginRegistry#register}.
 *
 * @param registrationId handle to pass to {@link StagePluginRegistry#unregister}
 * @param stageId the stage id from the descriptor
 * @param status {@link StageStatus#ACTIVE}, {@link StageStatus#INCOMPATIBLE} or {@link
 *     StageStatus#FAILED}
 * @param reason why the plugin is not active, or empty
 */
public record RegistrationResult(
    String registrationId, String stageId, StageStatus status, String reason) {

  public RegistrationResult {
    Objects.requireNonNull(registrationId, "registrationId");
    Objects.requireNonNull(stageId, "stageId");
    Objects.requireNonNull(status, "status");
    reason = reason == null ? "" : reason;
  }

  public boolean active() {
    return status == StageStatus.ACTIVE;
  }
}
