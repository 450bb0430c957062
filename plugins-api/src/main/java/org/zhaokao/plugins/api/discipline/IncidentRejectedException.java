package org.zhaokao.plugins.api.discipline;

/**
 * An incident report nobody took: no discipline plugin is active, the violation type is unknown, or
 * the application did not enter the stage. The message says which, in one English sentence. Nothing
 * was recorded.
 *
 * @since SPI 1.6
 */
public class IncidentRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IncidentRejectedException(String message) {
    super(message);
  }
}
