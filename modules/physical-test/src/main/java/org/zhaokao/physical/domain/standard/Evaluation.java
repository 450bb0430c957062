package org.zhaokao.physical.domain.standard;

import java.util.List;
import java.util.stream.Collectors;

/** A candidate's physical test held against the standards: per item and overall. */
public record Evaluation(List<ItemVerdict> items, Verdict overall) {

  public Evaluation {
    items = List.copyOf(items);
  }

  /** A line for staff: each item's best and standard, then the overall verdict. */
  public String summary() {
    return items.stream().map(ItemVerdict::toString).collect(Collectors.joining("; "))
        + " => "
        + overall;
  }
}
