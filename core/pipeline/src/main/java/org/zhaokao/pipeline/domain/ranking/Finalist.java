package org.zhaokao.pipeline.domain.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A candidate who came through every stage, with the raw score of each stage in chain order (empty
 * for a stage that does not score).
 */
public record Finalist(long applicationId, long positionId, List<Optional<BigDecimal>> scores) {

  public Finalist {
    scores = List.copyOf(scores);
    scores.forEach(s -> Objects.requireNonNull(s, "score"));
  }
}
