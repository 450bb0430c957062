package org.zhaokao.pipeline.application.flow;

import java.math.BigDecimal;

/**
 * An outcome as staff enter it.
 *
 * @param applicationId the application
 * @param status PASSED, FAILED, ABSENT or DISQUALIFIED
 * @param score the score, or null
 * @param remark a note, or null
 */
public record OutcomeForm(long applicationId, String status, BigDecimal score, String remark) {}
