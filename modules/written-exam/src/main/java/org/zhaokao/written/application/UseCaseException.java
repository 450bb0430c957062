package org.zhaokao.written.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A use case refused: carries the HTTP status the API answers with, a stable code for the message
 * bundle, a message and the details (one per wrong field or row). Rolls the transaction back, so a
 * refused request leaves nothing behind.
 */
@ApplicationException(rollback = true)
public class UseCaseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final List<String> details;

  public UseCaseException(int status, String code, String message, List<String> details) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = List.copyOf(details);
  }

  public UseCaseException(int status, String code, String message) {
    this(status, code, message, List.of());
  }

  public static UseCaseException notFound(String what) {
    return new UseCaseException(404, "not-found", what + " not found");
  }

  public static UseCaseException invalid(String code, String message, List<String> details) {
    return new UseCaseException(422, code, message, details);
  }

  public static UseCaseException conflict(String code, String message) {
    return new UseCaseException(409, code, message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public List<String> details() {
    return details;
  }
}
