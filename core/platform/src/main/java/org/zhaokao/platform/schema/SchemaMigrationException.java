package org.zhaokao.platform.schema;

/** A schema could not be brought up to date; the message names the owner and Flyway's reason. */
public class SchemaMigrationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SchemaMigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
