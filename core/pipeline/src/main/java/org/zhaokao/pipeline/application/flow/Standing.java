package org.zhaokao.pipeline.application.flow;

import java.util.Map;

/**
 * Where an application stands in the stage pipeline (DESIGN.md: per stage → ADMITTED | ELIMINATED).
 *
 * @param code IN_STAGE (in a stage whose results are not out), ADVANCED (passed the published
 *     stage; to the next stage, or the admission list after the last), ELIMINATED (at the stage),
 *     ADMITTED (on the published admission list, confirmed) or NOT_ADMITTED (the published list
 *     does not hold it)
 * @param stageSeq the stage the code refers to (the one entered, passed or failed), from 1
 * @param stageName that stage's name by language ({@code zh}, {@code en})
 * @param nextStageName the stage an ADVANCED application entered, or null (after the last stage)
 */
public record Standing(
    String code, int stageSeq, Map<String, String> stageName, Map<String, String> nextStageName) {

  public static final String IN_STAGE = "IN_STAGE";
  public static final String ADVANCED = "ADVANCED";
  public static final String ELIMINATED = "ELIMINATED";
  public static final String ADMITTED = "ADMITTED";
  public static final String NOT_ADMITTED = "NOT_ADMITTED";
}
