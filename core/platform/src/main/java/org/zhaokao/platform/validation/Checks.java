package org.zhaokao.platform.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects field problems while a use case checks its input, then throws them all at once. */
public final class Checks {

  private final List<FieldProblem> problems = new ArrayList<>();

  public Checks require(boolean ok, String field, String code, String message, Object... args) {
    if (!ok) {
      problems.add(FieldProblem.of(field, code, message, args));
    }
    return this;
  }

  /**
   * Whether no problem has been recorded for {@code field} so far (to skip checks that build on
   * it).
   */
  public boolean fine(String field) {
    return problems.stream().noneMatch(p -> p.field().equals(field));
  }

  public void add(FieldProblem problem) {
    problems.add(problem);
  }

  /**
   * @throws InvalidInputException if any problem was recorded
   */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
