package org.zhaokao.pipeline.application.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhaokao.plugins.api.outcome.OutcomeReceipt;
import org.zhaokao.plugins.api.outcome.OutcomeRejectedException;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;
import org.zhaokao.plugins.api.outcome.StageOutcome;

class OwnStageResultsTest {

  @Test
  void aPluginReportsForItsOwnStageOnly() {
    List<String> reached = new ArrayList<>();
    OwnStageResults interview =
        new OwnStageResults(
            "interview",
            (stage, recruitment, outcomes) -> {
              reached.add(stage);
              return new OutcomeReceipt(outcomes.size(), 0);
            });
    List<StageOutcome> one =
        List.of(StageOutcome.scored(7, OutcomeStatus.PASSED, new BigDecimal("80")));

    assertEquals(1, interview.report("interview", 1, one).stored());
    OutcomeRejectedException e =
        assertThrows(
            OutcomeRejectedException.class, () -> interview.report("written-exam", 1, one));
    assertTrue(e.getMessage().contains("written-exam"), e.getMessage());
    assertEquals(List.of("interview"), reached, "the refused report never reached the pipeline");
  }
}
