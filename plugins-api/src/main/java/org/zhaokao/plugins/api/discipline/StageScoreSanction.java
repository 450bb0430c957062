package org.zhaokao.plugins.api.discipline;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A decision about one candidate's result in one stage, as discipline hands it to the core: void
 * the score (当次成绩无效) or, when an appeal succeeds, reinstate it (恢复成绩).
 *
 * @param applicationId the application whose result it is
 * @param stageId the stage ({@code written-exam}) the candidate entered
 * @param reason what the candidate and staff read, 1 to 1000 characters
 * @param decisionRef the deciding record, for the audit trail ({@code discipline-incident-42})
 * @since SPI 1.7 (added compatibly: {@link Sanctions} has default methods for it)
 */
public record StageScoreSanction(
    long applicationId, String stageId, String reason, String decisionRef) {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public StageScoreSanction {
    if (applicationId <= 0) {
      throw new IllegalArgumentException("application id must be positive");
    }
    Objects.requireNonNull(stageId, "stageId");
    if (!CODE.matcher(stageId).matches()) {
      throw new IllegalArgumentException("the stage id is lower-case words joined by hyphens");
    }
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(decisionRef, "decisionRef");
    reason = reason.strip();
    if (reason.isEmpty() || reason.length() > 1000) {
      throw new IllegalArgumentException(
          "a stage score sanction states its reason in 1000 characters");
    }
    if (decisionRef.isBlank() || decisionRef.length() > 100) {
      throw new IllegalArgumentException("the decision reference is 1 to 100 characters");
    }
  }
}
