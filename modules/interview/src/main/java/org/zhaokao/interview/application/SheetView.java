package org.zhaokao.interview.application;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import org.zhaokao.interview.domain.ScoreSheet;

/** A score sheet as its reader may see it. */
public record SheetView(
    long id,
    long slotId,
    long examinerAccountId,
    String status,
    Map<String, BigDecimal> scores,
    OffsetDateTime submittedAt,
    Long amendedBy) {

  static SheetView of(ScoreSheet s) {
    return new SheetView(
        s.id(),
        s.slotId(),
        s.examinerAccountId(),
        s.status().name(),
        new TreeMap<>(s.scores()),
        s.submittedAt().orElse(null),
        s.amendedBy().orElse(null));
  }
}
