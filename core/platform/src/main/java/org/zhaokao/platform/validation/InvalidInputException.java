package org.zhaokao.platform.validation;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/** Input refused by a use case before anything was written; carries every problem found. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super(
        problems.stream()
            .map(p -> p.field() + ": " + p.message())
            .collect(Collectors.joining("; ")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid input names at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public static InvalidInputException of(
      String field, String code, String message, Object... args) {
    return new InvalidInputException(List.of(FieldProblem.of(field, code, message, args)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
