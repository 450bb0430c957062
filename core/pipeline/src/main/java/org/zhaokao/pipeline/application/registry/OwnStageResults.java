package org.zhaokao.pipeline.application.registry;

import java.util.List;
import org.zhaokao.plugins.api.outcome.OutcomeReceipt;
import org.zhaokao.plugins.api.outcome.OutcomeRejectedException;
import org.zhaokao.plugins.api.outcome.ResultsSink;
import org.zhaokao.plugins.api.outcome.StageOutcome;

/**
 * The results sink as one plugin receives it: it reports for its own stage only. A plugin that
 * names another stage id (a bug, or an attempt to write another stage's scores) is refused before
 * the pipeline sees anything.
 */
final class OwnStageResults implements ResultsSink {

  private final String stageId;
  private final ResultsSink results;

  OwnStageResults(String stageId, ResultsSink results) {
    this.stageId = stageId;
    this.results = results;
  }

  @Override
  public OutcomeReceipt report(
      String reportedStage, long recruitmentId, List<StageOutcome> outcomes) {
    if (!stageId.equals(reportedStage)) {
      throw new OutcomeRejectedException(
          List.of(
              "Stage plugin "
                  + stageId
                  + " reports outcomes of its own stage only, not of "
                  + reportedStage));
    }
    return results.report(reportedStage, recruitmentId, outcomes);
  }
}
