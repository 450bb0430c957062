package org.zhaokao.plugins.api.discipline;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.zhaokao.plugins.api.audit.AuditActor;

/**
 * A suspected violation (违纪违规线索) a stage reports to discipline: who, in which stage, what kind,
 * what happened and where the evidence is.
 *
 * @param recruitmentId the recruitment the application belongs to
 * @param applicationId the candidate's application (报名)
 * @param stageId the stage where it happened ({@code written-exam}); the candidate must have
 *     entered it
 * @param violationType code of a violation type of the discipline catalogue ({@code cheating},
 *     {@code proxy-test-taking})
 * @param facts what was seen, in plain words (事实经过), 1 to 4000 characters
 * @param evidenceRefs references to stored evidence (snapshot ids, photo ids, video positions,
 *     statement numbers), at most 50 of at most 500 characters each
 * @param reporter who reports: the proctor's or examiner's account, or the system
 * @since SPI 1.6
 */
public record IncidentReport(
    long recruitmentId,
    long applicationId,
    String stageId,
    String violationType,
    String facts,
    List<String> evidenceRefs,
    AuditActor reporter) {

  /** The most evidence references one report carries. */
  public static final int MAX_EVIDENCE = 50;

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public IncidentReport {
    if (recruitmentId <= 0 || applicationId <= 0) {
      throw new IllegalArgumentException("recruitment and application ids must be positive");
    }
    Objects.requireNonNull(stageId, "stageId");
    Objects.requireNonNull(violationType, "violationType");
    if (!CODE.matcher(stageId).matches() || !CODE.matcher(violationType).matches()) {
      throw new IllegalArgumentException(
          "stage id and violation type are lower-case words joined by hyphens");
    }
    Objects.requireNonNull(facts, "facts");
    facts = facts.strip();
    if (facts.isEmpty() || facts.length() > 4000) {
      throw new IllegalArgumentException("the facts are 1 to 4000 characters");
    }
    evidenceRefs =
        Objects.requireNonNull(evidenceRefs, "evidenceRefs").stream().map(String::strip).toList();
    if (evidenceRefs.size() > MAX_EVIDENCE
        || evidenceRefs.stream().anyMatch(r -> r.isEmpty() || r.length() > 500)) {
      throw new IllegalArgumentException(
          "at most " + MAX_EVIDENCE + " evidence references of 1 to 500 characters each");
    }
    Objects.requireNonNull(reporter, "reporter");
  }
}
