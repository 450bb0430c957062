package org.zhaokao.pipeline.application.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhaokao.pipeline.domain.flow.Entrant;
import org.zhaokao.pipeline.domain.flow.StageInstance;
import org.zhaokao.pipeline.domain.flow.StageSettings;
import org.zhaokao.pipeline.domain.ranking.AdvancementRule;
import org.zhaokao.pipeline.domain.ranking.Rounding;
import org.zhaokao.pipeline.domain.ranking.StageWeight;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;
import org.zhaokao.plugins.api.outcome.StageOutcome;

class OutcomeChecksTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 5, 1, 9, 0, 0, 0, ZoneOffset.UTC);

  private static StageInstance scored() {
    StageInstance s = new StageInstance(1, 1, "written-exam", NOW);
    s.configure(
        new StageSettings(
            AdvancementRule.ratio(3, null),
            Optional.of(new BigDecimal("100")),
            new StageWeight(new BigDecimal("50"), Rounding.DEFAULT)),
        NOW);
    return s;
  }

  private static final Map<Long, Entrant> ENTRANTS =
      Map.of(7L, new Entrant(1, 7, 70, 700), 8L, new Entrant(1, 8, 70, 800));

  @Test
  void acceptsScoresInRangeAndUnscoredAbsence() {
    assertEquals(
        List.of(),
        OutcomeIntake.check(
            scored(),
            List.of(
                StageOutcome.scored(7, OutcomeStatus.PASSED, new BigDecimal("100")),
                StageOutcome.unscored(8, OutcomeStatus.ABSENT, "缺考")),
            ENTRANTS));
  }

  @Test
  void namesEveryProblemOfAReport() {
    List<String> problems =
        OutcomeIntake.check(
            scored(),
            List.of(
                StageOutcome.scored(7, OutcomeStatus.PASSED, new BigDecimal("100.5")),
                StageOutcome.scored(9, OutcomeStatus.PASSED, BigDecimal.TEN),
                StageOutcome.unscored(8, OutcomeStatus.PASSED, ""),
                StageOutcome.unscored(8, OutcomeStatus.ABSENT, "")),
            ENTRANTS);
    assertEquals(4, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("outside the stage's range 0 to 100"));
    assertTrue(problems.get(1).contains("not a candidate of this stage"));
    assertTrue(problems.get(2).contains("needs a score"));
    assertTrue(problems.get(3).contains("listed twice"));
  }

  @Test
  void aPassFailStageTakesNoScores() {
    StageInstance medical = new StageInstance(1, 3, "medical-check", NOW);
    List<String> problems =
        OutcomeIntake.check(
            medical,
            List.of(StageOutcome.scored(7, OutcomeStatus.PASSED, BigDecimal.ONE)),
            ENTRANTS);
    assertEquals(List.of("Application 7: this stage has no scores"), problems);
  }
}
