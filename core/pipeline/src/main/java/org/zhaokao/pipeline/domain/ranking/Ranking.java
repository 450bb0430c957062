package org.zhaokao.pipeline.domain.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The composite score and the ranking per position (综合成绩排名). Deterministic, so anyone can recompute
 * a published ranking from the stored outcomes. The order, as announced:
 *
 * <ol>
 *   <li>the higher composite score;
 *   <li>on equal composites, the higher raw score of each weighted stage in chain order — the first
 *       stage (usually the written exam, 笔试) first;
 *   <li>on equal scores everywhere, the earlier application (the lower application id), so every
 *       rank is distinct and the admission list never depends on chance.
 * </ol>
 */
public final class Ranking {

  private Ranking() {}

  /** The composite of one finalist: the sum of the weighted, rounded stage scores. */
  public static BigDecimal composite(List<StageWeight> chain, Finalist f) {
    requireAligned(chain, f);
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < chain.size(); i++) {
      StageWeight w = chain.get(i);
      if (w.counts()) {
        int stage = i;
        BigDecimal score =
            f.scores()
                .get(i)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "application "
                                + f.applicationId()
                                + " has no score in stage "
                                + stage));
        sum = sum.add(w.contribution(score));
      }
    }
    return sum;
  }

  /** Ranks the finalists of every position; the result is ordered by position id, then rank. */
  public static List<RankedCandidate> rank(List<StageWeight> chain, List<Finalist> finalists) {
    Map<Long, List<Finalist>> byPosition =
        finalists.stream()
            .collect(
                Collectors.groupingBy(Finalist::positionId, TreeMap::new, Collectors.toList()));
    List<RankedCandidate> out = new ArrayList<>(finalists.size());
    byPosition.forEach(
        (position, list) -> {
          List<Scored> scored =
              list.stream()
                  .map(f -> new Scored(f, composite(chain, f)))
                  .sorted(order(chain))
                  .toList();
          for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            out.add(
                new RankedCandidate(
                    s.finalist.applicationId(), position, s.composite, i + 1, s.finalist));
          }
        });
    return out;
  }

  private record Scored(Finalist finalist, BigDecimal composite) {}

  private static Comparator<Scored> order(List<StageWeight> chain) {
    Comparator<Scored> c = Comparator.comparing(Scored::composite).reversed();
    for (int i = 0; i < chain.size(); i++) {
      if (chain.get(i).counts()) {
        int stage = i;
        c = c.thenComparing(s -> raw(s, stage), Comparator.reverseOrder());
      }
    }
    return c.thenComparingLong(s -> s.finalist.applicationId());
  }

  private static BigDecimal raw(Scored s, int stage) {
    Optional<BigDecimal> v = s.finalist.scores().get(stage);
    return v.orElse(BigDecimal.ZERO);
  }

  private static void requireAligned(List<StageWeight> chain, Finalist f) {
    if (f.scores().size() != chain.size()) {
      throw new IllegalArgumentException(
          "application "
              + f.applicationId()
              + " has "
              + f.scores().size()
              + " stage scores for a chain of "
              + chain.size());
    }
  }
}
