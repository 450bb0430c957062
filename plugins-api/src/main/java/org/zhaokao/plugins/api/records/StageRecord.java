package org.zhaokao.plugins.api.records;

import java.util.List;
import java.util.Objects;
import org.zhaokao.plugins.api.roster.StagePhase;

/**
 * One stage instance of a recruitment's chain with the outcomes stored for it (阶段成绩记录).
 *
 * @param stageId the installed stage, e.g. {@code written-exam}
 * @param seq its place in the chain, from 1
 * @param phase where it stands
 * @param entrants how many candidates entered it
 * @param outcomes one per application that has an outcome, by application id
 * @since SPI 1.7
 */
public record StageRecord(
    String stageId, int seq, StagePhase phase, int entrants, List<OutcomeRecord> outcomes) {

  public StageRecord {
    Objects.requireNonNull(stageId, "stageId");
    Objects.requireNonNull(phase, "phase");
    outcomes = List.copyOf(outcomes);
  }
}
