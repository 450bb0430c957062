package org.zhaokao.pipeline.domain.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;

/**
 * Applies a stage's {@link AdvancementRule} to its results (晋级): which applications go on to the
 * next stage. Ratios count per position against the position's headcount, and a cut line never
 * separates equal scores — everyone tied with the last place within the quota advances.
 */
public final class Advancement {

  private Advancement() {}

  /**
   * The applications that advance.
   *
   * @param rule the stage's rule
   * @param results every result of the stage
   * @param headcount places per position id (招聘人数); a position missing here has none
   */
  public static Set<Long> advancing(
      AdvancementRule rule, List<StageResult> results, Map<Long, Integer> headcount) {
    List<StageResult> eligible =
        results.stream()
            .filter(r -> r.status() == OutcomeStatus.PASSED)
            .filter(r -> above(rule, r))
            .toList();
    if (rule.kind() != RuleKind.RATIO) {
      return eligible.stream().map(StageResult::applicationId).collect(Collectors.toSet());
    }
    Set<Long> out = new HashSet<>();
    Map<Long, List<StageResult>> byPosition =
        eligible.stream().collect(Collectors.groupingBy(StageResult::positionId));
    byPosition.forEach(
        (position, list) -> {
          long quota = (long) headcount.getOrDefault(position, 0) * rule.ratio();
          List<StageResult> sorted = new ArrayList<>(list);
          sorted.sort(Comparator.comparing((StageResult r) -> r.score().orElseThrow()).reversed());
          if (quota == 0) {
            return;
          }
          if (sorted.size() <= quota) {
            sorted.forEach(r -> out.add(r.applicationId()));
            return;
          }
          BigDecimal cut = sorted.get((int) quota - 1).score().orElseThrow();
          sorted.stream()
              .filter(r -> r.score().orElseThrow().compareTo(cut) >= 0)
              .forEach(r -> out.add(r.applicationId()));
        });
    return out;
  }

  private static boolean above(AdvancementRule rule, StageResult r) {
    if (!rule.needsScores()) {
      return true;
    }
    if (r.score().isEmpty()) {
      return false;
    }
    return rule.minimumScore().map(min -> r.score().get().compareTo(min) >= 0).orElse(true);
  }
}
