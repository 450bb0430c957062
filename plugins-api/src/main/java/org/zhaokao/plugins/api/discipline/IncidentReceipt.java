package org.zhaokao.plugins.api.discipline;

import java.util.Objects;

/**
 * What discipline recorded for an {@link IncidentReport}.
 *
 * @param incidentId the incident's id in the discipline plugin
 * @param status where it stands ({@code REPORTED})
 * @since SPI 1.6
 */
public record IncidentReceipt(long incidentId, String status) {

  public IncidentReceipt {
    Objects.requireNonNull(status, "status");
  }
}
