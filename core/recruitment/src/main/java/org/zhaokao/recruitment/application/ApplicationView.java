package org.zhaokao.recruitment.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.zhaokao.recruitment.domain.application.RequirementFlag;

/**
 * An application as its candidate ("我的报名") or a reviewer sees it. Personal data is masked except
 * the real name.
 *
 * @param id id
 * @param recruitmentId recruitment
 * @param recruitmentTitle its title
 * @param positionId position
 * @param positionCode position code
 * @param positionTitle position title
 * @param status SUBMITTED, RETURNED, APPROVED, REJECTED or WITHDRAWN; a candidate sees an approval
 *     or rejection only once the employer has confirmed it (SUBMITTED until then)
 * @param reason the review's reason for a rejection or return (to the candidate: once published)
 * @param candidate the candidate's profile data shown on the form
 * @param form what was declared and answered
 * @param noticeVersion notice version read
 * @param pledgeVersion pledge version signed
 * @param pledgedAt when signed
 * @param submittedAt first submitted
 * @param updatedAt last change
 * @param openToCandidate whether the candidate may still change or withdraw it now
 * @param flags the requirement check (reviewers only; empty for candidates)
 * @param timeline the status timeline, oldest first
 * @param confirmation staff only: PENDING, CONFIRMED or DISPUTED by the employer, or null
 * @param confirmationComment staff only: the employer's comment
 * @param ticketNumber the admission-ticket number (准考证号), once issued
 * @param standing where it stands after the stages published so far (advanced, eliminated at a
 *     stage, admitted), or null before it enters a stage
 * @param secondReview staff only, when the recruitment has the second-level review (复审): PENDING
 *     while the decision waits for the second reviewer, CHECKED once agreed; otherwise null
 * @param checkComment staff only: why the second reviewer overruled the last decision, or null
 */
public record ApplicationView(
    long id,
    long recruitmentId,
    String recruitmentTitle,
    long positionId,
    String positionCode,
    String positionTitle,
    String status,
    String reason,
    Candidate candidate,
    ApplicationForm form,
    int noticeVersion,
    int pledgeVersion,
    OffsetDateTime pledgedAt,
    OffsetDateTime submittedAt,
    OffsetDateTime updatedAt,
    boolean openToCandidate,
    List<RequirementFlag> flags,
    List<Step> timeline,
    String confirmation,
    String confirmationComment,
    String ticketNumber,
    org.zhaokao.pipeline.application.flow.Standing standing,
    String secondReview,
    String checkComment) {

  /**
   * The profile data on the form.
   *
   * @param name real name
   * @param birthDate from the ID number
   * @param gender from the ID number
   * @param maskedIdNumber masked ID number
   * @param maskedMobile masked mobile
   * @param maskedEmail masked email
   */
  public record Candidate(
      String name,
      java.time.LocalDate birthDate,
      String gender,
      String maskedIdNumber,
      String maskedMobile,
      String maskedEmail) {}

  /**
   * One step of the timeline.
   *
   * @param kind SUBMITTED, UPDATED, RESUBMITTED, APPROVED, REJECTED, RETURNED, WITHDRAWN
   * @param at when
   * @param reason the reason of a rejection or return
   */
  public record Step(String kind, OffsetDateTime at, String reason) {}

  /** Answers without the form's other parts, for screens. */
  public Map<String, String> answers() {
    return form.answers();
  }
}
