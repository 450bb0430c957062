package org.zhaokao.platform.validation;

import jakarta.ejb.ApplicationException;

/**
 * The request clashes with what exists (a second account for one ID number, an application already
 * submitted). {@link #code()} names the clash for programs and is the message key {@code
 * conflict.<code>}.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;

  public ConflictException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
