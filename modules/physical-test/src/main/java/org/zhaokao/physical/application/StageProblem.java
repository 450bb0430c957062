package org.zhaokao.physical.application;

import java.util.List;
import org.zhaokao.physical.domain.imports.RowError;

/**
 * A use case refused its input or its moment; nothing was changed. Carries the HTTP status the REST
 * layer answers with and, for imports and batches, every wrong row.
 */
public class StageProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient List<RowError> rows;

  public StageProblem(int status, String message, List<RowError> rows) {
    super(message);
    this.status = status;
    this.rows = List.copyOf(rows);
  }

  public static StageProblem notFound(String message) {
    return new StageProblem(404, message, List.of());
  }

  public static StageProblem forbidden(String message) {
    return new StageProblem(403, message, List.of());
  }

  public static StageProblem conflict(String message) {
    return new StageProblem(409, message, List.of());
  }

  public static StageProblem invalid(String message) {
    return new StageProblem(422, message, List.of());
  }

  public static StageProblem rows(List<RowError> rows) {
    return new StageProblem(
        422, rows.size() + " row(s) are wrong; nothing was saved: " + rows.get(0), rows);
  }

  public int status() {
    return status;
  }

  public List<RowError> rowErrors() {
    return rows;
  }
}
