package org.zhaokao.plugins.api;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What the core records of a stage plugin that is or was installed, kept after the plugin is gone.
 *
 * @param id the stage id
 * @param version the version last seen
 * @param spiVersion the SPI version it was built for
 * @param status where it stands now
 * @param reason why it is not active, or empty
 * @param firstSeen when it first registered
 * @param lastSeen when it last registered or unregistered
 */
public record InstalledStage(
    String id,
    String version,
    String spiVersion,
    StageStatus status,
    String reason,
    OffsetDateTime firstSeen,
    OffsetDateTime lastSeen) {

  public InstalledStage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    reason = reason == null ? "" : reason;
  }
}
