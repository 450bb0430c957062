package org.zhaokao.audit.domain;

import java.util.List;

/** An auditor's query the trail cannot answer as asked; one error per refused field. */
public class InvalidAuditQueryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * One refused field.
   *
   * @param field the parameter's name
   * @param code a stable code for programs
   * @param message what is wrong and what is expected
   */
  public record FieldError(String field, String code, String message) {}

  private final transient List<FieldError> errors;

  public InvalidAuditQueryException(List<FieldError> errors) {
    super(
        errors.size()
            + " query parameter(s) refused: "
            + String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList()));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
