package org.zhaokao.written.application;

import java.math.BigDecimal;

/**
 * A marking task as its marker sees it (评卷界面): the script's anonymous code, the question, its
 * points and marking guide, and the answer — nothing that names the candidate, and not the other
 * markers' scores.
 *
 * @param arbitration whether this is the third mark of a disagreement
 */
public record TaskView(
    long taskId,
    String script,
    String stem,
    BigDecimal points,
    String guide,
    String answer,
    boolean arbitration) {}
