package org.zhaokao.plugins.api;

/**
 * Where an installed stage plugin stands, as the console and {@code GET /api/v1/stages} show it.
 */
public enum StageStatus {
  /** Registered, initialised, serving. */
  ACTIVE,
  /** Deployed, but built for an SPI this core cannot run; not loaded. The reason says which. */
  INCOMPATIBLE,
  /** Deployed and compatible, but its schema migration, configuration or initialisation failed. */
  FAILED,
  /** Was installed once and is not deployed now; recruitments using it show "stage unavailable". */
  UNAVAILABLE
}
