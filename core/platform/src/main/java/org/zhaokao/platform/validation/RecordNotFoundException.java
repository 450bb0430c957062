package org.zhaokao.platform.validation;

import jakarta.ejb.ApplicationException;

/**
 * No such record, or none the actor may know of: a use case says "not found" rather than "not
 * yours" where telling the two apart would leak that a record exists. The REST API answers 404.
 */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RecordNotFoundException(String what, Object id) {
    super("No " + what + " " + id);
  }
}
