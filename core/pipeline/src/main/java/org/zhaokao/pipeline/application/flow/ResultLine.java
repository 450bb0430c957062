package org.zhaokao.pipeline.application.flow;

import java.math.BigDecimal;

/**
 * One candidate's line in a stage's results table.
 *
 * @param applicationId the application
 * @param positionId its position
 * @param position the position's title
 * @param status PASSED, FAILED, ABSENT, DISQUALIFIED, or null while no outcome is in
 * @param score the score, or null
 * @param remark the stage's remark
 * @param advancing whether the stage's rule advances the candidate on the current outcomes
 * @param pendingStatus a proposed late change awaiting a second person, or null
 * @param pendingScore its score, or null
 */
public record ResultLine(
    long applicationId,
    long positionId,
    String position,
    String status,
    BigDecimal score,
    String remark,
    boolean advancing,
    String pendingStatus,
    BigDecimal pendingScore) {}
