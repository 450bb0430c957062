package org.zhaokao.web.rest.audit;

/** An export would hold more rows than one file may; the auditor narrows the filters. */
public class ExportTooLargeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ExportTooLargeException(long rows, int max) {
    super(
        rows
            + " rows match, more than the "
            + max
            + " one export may hold; narrow the time range or the other filters");
  }
}
