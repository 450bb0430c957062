package org.zhaokao.archiving.domain;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A refusal the person asking can act on: bad input, a step the archive's state does not allow now,
 * a record that does not exist, or a permission they lack. Carries the HTTP status the REST API
 * answers with, a stable code and one English sentence; nothing was changed.
 */
@ApplicationException(rollback = true)
public class ArchivingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final List<String> problems;

  private ArchivingException(int status, String code, String message) {
    this(status, code, message, List.of());
  }

  private ArchivingException(int status, String code, String message, List<String> problems) {
    super(message);
    this.status = status;
    this.code = code;
    this.problems = List.copyOf(problems);
  }

  /** A package that is not what was sealed (422), each difference in {@link #problems()}. */
  public static ArchivingException tampered(String message, List<String> problems) {
    return new ArchivingException(422, "package-tampered", message, problems);
  }

  /** Input that breaks a rule (422). */
  public static ArchivingException invalid(String code, String message) {
    return new ArchivingException(422, code, message);
  }

  /** A step the archive's state does not allow now (409). */
  public static ArchivingException conflict(String code, String message) {
    return new ArchivingException(409, code, message);
  }

  /** No such record (404). */
  public static ArchivingException notFound(String what, Object id) {
    return new ArchivingException(404, "not-found", "No " + what + " " + id);
  }

  /** The asker lacks the permission (403). */
  public static ArchivingException forbidden(String message) {
    return new ArchivingException(403, "forbidden", message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** What exactly was wrong, one sentence each; empty for most refusals. */
  public List<String> problems() {
    return problems;
  }
}
