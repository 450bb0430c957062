package org.zhaokao.platform.validation;

import jakarta.ejb.ApplicationException;

/**
 * The actor may not do this (function level: a permission is missing; object level: the record is
 * not theirs). Use cases throw it after their own check, whatever the URL filters already let
 * through.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
