package org.zhaokao.identity.application;

import jakarta.ejb.ApplicationException;

/** No such account (or not one this use case deals with). */
@ApplicationException(rollback = true)
public class UnknownAccountException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownAccountException(long id) {
    super("No account " + id);
  }
}
