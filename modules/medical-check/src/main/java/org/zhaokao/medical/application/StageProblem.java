package org.zhaokao.medical.application;

/**
 * A use case refused its input or its moment; nothing was changed. Carries the HTTP status the REST
 * layer answers with.
 */
public class StageProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  public StageProblem(int status, String message) {
    super(message);
    this.status = status;
  }

  public static StageProblem notFound(String message) {
    return new StageProblem(404, message);
  }

  public static StageProblem forbidden(String message) {
    return new StageProblem(403, message);
  }

  public static StageProblem conflict(String message) {
    return new StageProblem(409, message);
  }

  public static StageProblem invalid(String message) {
    return new StageProblem(422, message);
  }

  public int status() {
    return status;
  }
}
