package org.zhaokao.audit.domain;

/** The retention setting is below the legal minimum or unreadable; nothing is purged. */
public class RetentionRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RetentionRefusedException(String message) {
    super(message);
  }
}
