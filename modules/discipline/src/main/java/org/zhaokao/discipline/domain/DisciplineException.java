package org.zhaokao.discipline.domain;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the person asking can act on: bad input, a step the workflow does not allow now, a
 * record that does not exist, or a permission they lack. Carries the HTTP status the REST API
 * answers with, a stable code and one English sentence; nothing was changed.
 */
@ApplicationException(rollback = true)
public class DisciplineException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  private DisciplineException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  /** Input that breaks a rule (422). */
  public static DisciplineException invalid(String code, String message) {
    return new DisciplineException(422, code, message);
  }

  /** A step the record's state does not allow now (409). */
  public static DisciplineException conflict(String code, String message) {
    return new DisciplineException(409, code, message);
  }

  /** No such record, or none the asker may see (404). */
  public static DisciplineException notFound(String what, Object id) {
    return new DisciplineException(404, "not-found", "No " + what + " " + id);
  }

  /** The asker lacks the permission (403). */
  public static DisciplineException forbidden(String message) {
    return new DisciplineException(403, "forbidden", message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
