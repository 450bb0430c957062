package org.zhaokao.plugins.api.discipline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A bar on applying (列入黑名单): why, and until when.
 *
 * @param reason what the candidate is told, e.g. 在2025年度招考笔试中由他人代考，五年内不得报考
 * @param until the last day of the bar, or empty when it has no end
 */
public record Blacklisting(String reason, Optional<LocalDate> until) {

  public Blacklisting {
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a bar states its reason");
    }
    Objects.requireNonNull(until, "until");
  }
}
