package org.zhaokao.audit.application;

/** An audit row could not be stored: the action it describes must not go ahead unrecorded. */
public class AuditWriteException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AuditWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
