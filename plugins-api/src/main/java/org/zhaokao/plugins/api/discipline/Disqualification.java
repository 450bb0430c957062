package org.zhaokao.plugins.api.discipline;

import java.util.Objects;

/**
 * A decision that removes a candidate from a recruitment (取消本次招考资格), as discipline hands it to the
 * core; {@link Sanctions#liftDisqualification} takes the same shape for the decision that lifts it
 * on appeal (then the reason says why it is lifted).
 *
 * @param applicationId the application to disqualify
 * @param reason what the candidate and staff read, 1 to 1000 characters
 * @param decisionRef the deciding record, for the audit trail ({@code discipline-incident-42})
 * @since SPI 1.6
 */
public record Disqualification(long applicationId, String reason, String decisionRef) {

  public Disqualification {
    if (applicationId <= 0) {
      throw new IllegalArgumentException("application id must be positive");
    }
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(decisionRef, "decisionRef");
    reason = reason.strip();
    if (reason.isEmpty() || reason.length() > 1000) {
      throw new IllegalArgumentException("a disqualification states its reason in 1000 characters");
    }
    if (decisionRef.isBlank() || decisionRef.length() > 100) {
      throw new IllegalArgumentException("the decision reference is 1 to 100 characters");
    }
  }
}
