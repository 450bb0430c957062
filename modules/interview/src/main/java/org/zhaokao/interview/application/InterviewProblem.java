package org.zhaokao.interview.application;

import jakarta.ejb.ApplicationException;

/**
 * A use case refused: the HTTP status it maps to, a stable code, and an English sentence saying
 * what was wrong. Rolls the transaction back, so nothing half-done stays.
 */
@ApplicationException(rollback = true)
public class InterviewProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String field;

  public InterviewProblem(int status, String code, String message) {
    this(status, code, "", message);
  }

  public InterviewProblem(int status, String code, String field, String message) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field == null ? "" : field;
  }

  public static InterviewProblem invalid(String field, String message) {
    return new InterviewProblem(422, "invalid", field, message);
  }

  public static InterviewProblem conflict(String code, String message) {
    return new InterviewProblem(409, code, message);
  }

  public static InterviewProblem notFound(String what, long id) {
    return new InterviewProblem(404, "not-found", "No " + what + " " + id);
  }

  public static InterviewProblem forbidden(String message) {
    return new InterviewProblem(403, "forbidden", message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String field() {
    return field;
  }
}
