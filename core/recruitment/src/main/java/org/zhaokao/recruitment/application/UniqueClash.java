package org.zhaokao.recruitment.application;

import jakarta.ejb.ApplicationException;

/**
 * An insert hit one of the application's unique constraints: a concurrent submit with the same
 * idempotency key, or a second live application to the recruitment. The caller looks again, in a
 * fresh transaction, to tell which.
 */
@ApplicationException(rollback = true)
public class UniqueClash extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UniqueClash(Throwable cause) {
    super("unique constraint of core_application", cause);
  }
}
