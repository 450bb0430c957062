package org.zhaokao.plugins.api.outcome;

import java.util.List;

/**
 * The core refused a report of outcomes; nothing of it was stored.
 *
 * @since SPI 1.3
 */
public class OutcomeRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  public OutcomeRejectedException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem, one English sentence each. */
  public List<String> problems() {
    return problems;
  }
}
