package org.zhaokao.physical.domain.standard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Holds a candidate's attempts against the standards (成绩评定): the best attempt of each item the
 * candidate's gender sits counts; an item without any attempt is not met; the pass rule decides the
 * whole.
 */
public final class Evaluator {

  private Evaluator() {}

  /**
   * @param items the recruitment's items, in order
   * @param rule its pass rule
   * @param gender the candidate's gender
   * @param age whole years on the test day
   * @param attempts recorded values by item code
   * @throws MissingStandardException if an item the gender sits has no line for the age
   */
  public static Evaluation evaluate(
      List<ItemStandard> items,
      PassRule rule,
      Gender gender,
      int age,
      Map<String, List<BigDecimal>> attempts) {
    List<ItemVerdict> verdicts = new ArrayList<>();
    for (ItemStandard item : items) {
      if (!item.appliesTo(gender)) {
        continue;
      }
      StandardLine line =
          item.lineFor(gender, age)
              .orElseThrow(() -> new MissingStandardException(item.code(), gender, age));
      Optional<BigDecimal> best =
          item.direction().best(attempts.getOrDefault(item.code(), List.of()));
      boolean met = best.map(b -> item.direction().meets(b, line.threshold())).orElse(false);
      verdicts.add(
          new ItemVerdict(
              item.code(), best, line.threshold(), met ? Verdict.PASSED : Verdict.FAILED));
    }
    long passed = verdicts.stream().filter(v -> v.verdict() == Verdict.PASSED).count();
    Verdict overall = rule.passes((int) passed, verdicts.size()) ? Verdict.PASSED : Verdict.FAILED;
    return new Evaluation(verdicts, overall);
  }
}
