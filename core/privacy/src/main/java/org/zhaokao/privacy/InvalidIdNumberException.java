package org.zhaokao.privacy;

/** A text that is not a valid ID number; {@link #problem()} says why. */
public class InvalidIdNumberException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final IdNumber.Problem problem;

  public InvalidIdNumberException(IdNumber.Problem problem) {
    super("Not a valid ID number: " + problem);
    this.problem = problem;
  }

  public IdNumber.Problem problem() {
    return problem;
  }
}
