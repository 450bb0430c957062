package org.zhaokao.pipeline.domain.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.zhaokao.plugins.api.outcome.OutcomeStatus.ABSENT;
import static org.zhaokao.plugins.api.outcome.OutcomeStatus.DISQUALIFIED;
import static org.zhaokao.plugins.api.outcome.OutcomeStatus.FAILED;
import static org.zhaokao.plugins.api.outcome.OutcomeStatus.PASSED;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdvancementTest {

  @Test
  void ratioTakesHeadcountTimesRatioPerPosition() {
    List<StageResult> results =
        List.of(
            StageResult.of(1, 10, PASSED, 90),
            StageResult.of(2, 10, PASSED, 80),
            StageResult.of(3, 10, PASSED, 70),
            StageResult.of(4, 10, PASSED, 60),
            StageResult.of(5, 20, PASSED, 50),
            StageResult.of(6, 20, PASSED, 40));
    Set<Long> out =
        Advancement.advancing(AdvancementRule.ratio(3, null), results, Map.of(10L, 1, 20L, 1));
    assertEquals(Set.of(1L, 2L, 3L, 5L, 6L), out);
  }

  @Test
  void everyoneTiedAtTheCutLineAdvances() {
    List<StageResult> results =
        List.of(
            StageResult.of(1, 10, PASSED, 90),
            StageResult.of(2, 10, PASSED, 75.5),
            StageResult.of(3, 10, PASSED, 75.50),
            StageResult.of(4, 10, PASSED, 75.5),
            StageResult.of(5, 10, PASSED, 75.4));
    Set<Long> out = Advancement.advancing(AdvancementRule.ratio(2, null), results, Map.of(10L, 1));
    assertEquals(Set.of(1L, 2L, 3L, 4L), out);
  }

  @Test
  void onlyPassedCandidatesAboveTheMinimumAdvance() {
    List<StageResult> results =
        List.of(
            StageResult.of(1, 10, PASSED, 61),
            StageResult.of(2, 10, PASSED, 59.99),
            StageResult.of(3, 10, FAILED, 95),
            StageResult.of(4, 10, ABSENT, null),
            StageResult.of(5, 10, DISQUALIFIED, null),
            StageResult.of(6, 10, PASSED, 60));
    assertEquals(
        Set.of(1L, 6L),
        Advancement.advancing(
            AdvancementRule.minimumScore(new BigDecimal("60")), results, Map.of(10L, 1)));
    assertEquals(
        Set.of(1L),
        Advancement.advancing(
            AdvancementRule.ratio(1, new BigDecimal("60")), results, Map.of(10L, 1)));
  }

  @Test
  void passFailIgnoresScores() {
    List<StageResult> results =
        List.of(StageResult.of(1, 10, PASSED, null), StageResult.of(2, 10, FAILED, null));
    assertEquals(
        Set.of(1L), Advancement.advancing(AdvancementRule.passFail(), results, Map.of(10L, 1)));
  }

  @Test
  void rejectsMalformedRules() {
    assertThrows(IllegalArgumentException.class, () -> AdvancementRule.ratio(0, null));
    assertThrows(
        IllegalArgumentException.class, () -> AdvancementRule.minimumScore(new BigDecimal("-1")));
  }
}
