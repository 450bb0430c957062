package org.zhaokao.recruitment.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.platform.validation.ConflictException;

/**
 * An application (报名): one candidate for one position of a recruitment, with the signed pledge, the
 * declared qualifications and the answers to the position's questions, and where the eligibility
 * review (资格审核) stands. A candidate has at most one live application per recruitment and one per
 * idempotency key; the database enforces both (see the V1 script).
 */
@Entity
@Table(name = "core_application")
public class Application {

  @Id
  @SequenceGenerator(
      name = "core_application_seq",
      sequenceName = "core_application_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_application_seq")
  private Long id;

  @Column(name = "recruitment_id", nullable = false)
  private long recruitmentId;

  @Column(name = "position_id", nullable = false)
  private long positionId;

  @Column(name = "candidate_id", nullable = false)
  private long candidateId;

  /** The recruitment while live, null otherwise: the unique key "one live per recruitment". */
  @Column(name = "live_recruitment_id")
  private Long liveRecruitmentId;

  @Column(name = "idempotency_key", nullable = false, length = 64)
  private String idempotencyKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ApplicationStatus status;

  @Embedded private Pledge pledge;

  @Embedded private Declaration declaration;

  @Convert(converter = AnswersConverter.class)
  @Column(nullable = false, length = 8000)
  private Map<String, String> answers = new LinkedHashMap<>();

  @Column(name = "submitted_at", nullable = false)
  private OffsetDateTime submittedAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "decided_by")
  private Long decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decision_reason", length = 1000)
  private String decisionReason;

  /** The second reviewer who checked the decision (复审), when the recruitment asks for it. */
  @Column(name = "checked_by")
  private Long checkedBy;

  @Column(name = "checked_at")
  private OffsetDateTime checkedAt;

  /** Why the second reviewer overruled the last decision, for the first reviewer. */
  @Column(name = "check_comment", length = 1000)
  private String checkComment;

  /** The status a disqualification replaced, for a reinstatement; null when not disqualified. */
  @Enumerated(EnumType.STRING)
  @Column(name = "status_before_dq", length = 12)
  private ApplicationStatus statusBeforeDisqualified;

  @Column(name = "reason_before_dq", length = 1000)
  private String reasonBeforeDisqualified;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private Confirmation confirmation;

  @Column(name = "confirmation_comment", length = 1000)
  private String confirmationComment;

  @Column(name = "confirmed_by")
  private Long confirmedBy;

  @Column(name = "confirmed_at")
  private OffsetDateTime confirmedAt;

  /** 准考证号, issued once the employer confirmed the approval. */
  @Column(name = "ticket_number", length = 120)
  private String ticketNumber;

  @Column(name = "ticket_seq")
  private Long ticketSeq;

  @Version private long version;

  protected Application() {}

  public Application(
      long recruitmentId,
      long positionId,
      long candidateId,
      String idempotencyKey,
      Pledge pledge,
      Declaration declaration,
      Map<String, String> answers,
      OffsetDateTime at) {
    this.recruitmentId = recruitmentId;
    this.positionId = positionId;
    this.candidateId = candidateId;
    this.liveRecruitmentId = recruitmentId;
    this.idempotencyKey = idempotencyKey;
    this.status = ApplicationStatus.SUBMITTED;
    this.pledge = pledge;
    this.declaration = declaration;
    this.answers = new LinkedHashMap<>(answers);
    this.submittedAt = at;
    this.updatedAt = at;
  }

  /**
   * The candidate corrects the form: a returned application goes back to the review.
   *
   * @return {@link EventKind#RESUBMITTED} or {@link EventKind#UPDATED}
   * @throws ConflictException once the review has decided
   */
  public EventKind revise(Declaration declaration, Map<String, String> answers, OffsetDateTime at) {
    requireOpenToCandidate("change");
    EventKind kind =
        status == ApplicationStatus.RETURNED ? EventKind.RESUBMITTED : EventKind.UPDATED;
    this.declaration = declaration;
    this.answers = new LinkedHashMap<>(answers);
    this.status = ApplicationStatus.SUBMITTED;
    this.updatedAt = at;
    return kind;
  }

  /** The candidate withdraws (撤回); they may apply again, to any position. */
  public void withdraw(OffsetDateTime at) {
    requireOpenToCandidate("withdraw");
    status = ApplicationStatus.WITHDRAWN;
    liveRecruitmentId = null;
    updatedAt = at;
  }

  /**
   * 取消资格: a discipline decision removes the application from the recruitment. Its review decision
   * stays; the reason replaces the shown reason.
   *
   * @return false when it already was disqualified
   * @throws ConflictException if it was withdrawn or rejected: there is nothing to remove
   */
  public boolean disqualify(OffsetDateTime at, String reason) {
    if (status == ApplicationStatus.DISQUALIFIED) {
      return false;
    }
    if (status == ApplicationStatus.WITHDRAWN || status == ApplicationStatus.REJECTED) {
      throw new ConflictException(
          "application-status", "Application " + id + " is " + status + "; cannot disqualify it");
    }
    String why = requireReason(reason);
    statusBeforeDisqualified = status;
    reasonBeforeDisqualified = decisionReason;
    status = ApplicationStatus.DISQUALIFIED;
    liveRecruitmentId = null;
    decisionReason = why;
    updatedAt = at;
    return true;
  }

  /**
   * 恢复资格: a discipline decision withdrawn on appeal brings the application back to the status and
   * reason it had before it was disqualified, live in its recruitment again.
   *
   * @throws ConflictException if it is not disqualified, or its previous status was not recorded
   */
  public void liftDisqualification(OffsetDateTime at) {
    if (status != ApplicationStatus.DISQUALIFIED) {
      throw new ConflictException(
          "application-not-disqualified",
          "Application " + id + " is " + status + ", not disqualified: nothing to lift");
    }
    if (statusBeforeDisqualified == null) {
      throw new ConflictException(
          "application-status-unknown",
          "Application " + id + " was disqualified without a record of its previous status");
    }
    status = statusBeforeDisqualified;
    decisionReason = reasonBeforeDisqualified;
    liveRecruitmentId = recruitmentId;
    statusBeforeDisqualified = null;
    reasonBeforeDisqualified = null;
    updatedAt = at;
  }

  /** 审核通过. */
  public void approve(long reviewer, OffsetDateTime at) {
    decide(ApplicationStatus.APPROVED, reviewer, at, null);
  }

  /**
   * 审核不通过. The application stays the candidate's live one until the employer confirms the
   * rejection: only then may the candidate apply to another position of the recruitment.
   */
  public void reject(long reviewer, OffsetDateTime at, String reason) {
    decide(ApplicationStatus.REJECTED, reviewer, at, requireReason(reason));
  }

  /** Whether a decision awaits being sent to the employer (approved or rejected, not sent). */
  public boolean awaitsSending() {
    return (status == ApplicationStatus.APPROVED || status == ApplicationStatus.REJECTED)
        && (confirmation == null || confirmation == Confirmation.DISPUTED);
  }

  /** The review results go to the employer (提交招考单位确认). */
  public void sendToEmployer(OffsetDateTime at) {
    if (!awaitsSending()) {
      throw new ConflictException(
          "application-not-decided",
          "Application " + id + " is " + status + "/" + confirmation + "; nothing to send");
    }
    confirmation = Confirmation.PENDING;
    confirmationComment = null;
    confirmedBy = null;
    confirmedAt = null;
    updatedAt = at;
  }

  /**
   * The employer confirms the decision: from now on the candidate sees it, and a confirmed
   * rejection frees the candidate to apply to another position.
   */
  public void confirm(long employerUser, OffsetDateTime at, String comment) {
    requirePending();
    confirmation = Confirmation.CONFIRMED;
    confirmationComment = comment;
    confirmedBy = employerUser;
    confirmedAt = at;
    updatedAt = at;
    if (status == ApplicationStatus.REJECTED) {
      liveRecruitmentId = null;
    }
  }

  /**
   * The employer disputes the decision: it is undone and the application is back in the reviewer's
   * queue, with the employer's comment beside it.
   */
  public void dispute(long employerUser, OffsetDateTime at, String comment) {
    requirePending();
    confirmation = Confirmation.DISPUTED;
    confirmationComment = requireReason(comment);
    confirmedBy = employerUser;
    confirmedAt = at;
    status = ApplicationStatus.SUBMITTED;
    decidedBy = null;
    decidedAt = null;
    decisionReason = null;
    checkedBy = null;
    checkedAt = null;
    updatedAt = at;
  }

  /** Whether it should get an admission-ticket number: approved, confirmed, none yet. */
  public boolean awaitsTicket() {
    return status == ApplicationStatus.APPROVED
        && confirmation == Confirmation.CONFIRMED
        && ticketNumber == null;
  }

  /** Records the admission-ticket number (准考证号) the recruitment's sequence gave it. */
  public void issueTicket(String number, long seq, OffsetDateTime at) {
    if (!awaitsTicket()) {
      throw new ConflictException(
          "ticket-not-due",
          "Application " + id + " gets a ticket number once, after a confirmed approval");
    }
    ticketNumber = number;
    ticketSeq = seq;
    updatedAt = at;
  }

  public Optional<String> ticketNumber() {
    return Optional.ofNullable(ticketNumber);
  }

  private void requirePending() {
    if (confirmation != Confirmation.PENDING) {
      throw new ConflictException(
          "application-not-pending",
          "Application " + id + " is not waiting for the employer's confirmation");
    }
  }

  /**
   * Whether the candidate sees the review's decision: a return at once, a result once confirmed.
   */
  public boolean decisionPublished() {
    return switch (status) {
      case APPROVED, REJECTED -> confirmation == Confirmation.CONFIRMED;
      default -> true;
    };
  }

  /** 退回修改: the candidate corrects and submits again while the window is open. */
  public void returnForChanges(long reviewer, OffsetDateTime at, String reason) {
    decide(ApplicationStatus.RETURNED, reviewer, at, requireReason(reason));
  }

  private void decide(ApplicationStatus to, long reviewer, OffsetDateTime at, String reason) {
    if (status != ApplicationStatus.SUBMITTED) {
      throw new ConflictException(
          "application-status",
          "Application " + id + " is " + status + "; only a submitted application is reviewed");
    }
    status = to;
    decidedBy = reviewer;
    decidedAt = at;
    decisionReason = reason;
    checkedBy = null;
    checkedAt = null;
    updatedAt = at;
  }

  /** Whether a decision waits for the second reviewer: approved or rejected, unchecked, unsent. */
  public boolean awaitsCheck() {
    return awaitsSending() && checkedBy == null;
  }

  /**
   * 复审通过: a second reviewer, not the one who decided, agrees with the decision; it may now go to
   * the employer.
   */
  public void check(long checker, OffsetDateTime at) {
    requireCheckable(checker);
    checkedBy = checker;
    checkedAt = at;
    checkComment = null;
    updatedAt = at;
  }

  /**
   * 复审退回: the second reviewer disagrees; the decision is undone and the application is back in the
   * queue with the comment beside it.
   */
  public void overrule(long checker, OffsetDateTime at, String comment) {
    requireCheckable(checker);
    checkComment = requireReason(comment);
    status = ApplicationStatus.SUBMITTED;
    decidedBy = null;
    decidedAt = null;
    decisionReason = null;
    updatedAt = at;
  }

  private void requireCheckable(long checker) {
    if (!awaitsCheck()) {
      throw new ConflictException(
          "application-not-checkable",
          "Application "
              + id
              + " is "
              + status
              + "; only an unsent, unchecked decision is checked");
    }
    if (decidedBy != null && decidedBy == checker) {
      throw new ConflictException(
          "second-reviewer-same",
          "The second review is by another reviewer than the one who decided");
    }
  }

  /** Whether a second reviewer agreed with the current decision. */
  public boolean checked() {
    return checkedBy != null;
  }

  public Optional<String> checkComment() {
    return Optional.ofNullable(checkComment);
  }

  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a rejection or return states its reason");
    }
    return reason.trim();
  }

  /** Refuses (409) once the review has decided: the candidate may no longer change it. */
  public void requireOpenToCandidate(String what) {
    if (!status.openToCandidate()) {
      throw new ConflictException(
          "application-decided",
          "Application " + id + " is " + status + ": the review has decided, cannot " + what);
    }
  }

  public Long id() {
    return id;
  }

  public long recruitmentId() {
    return recruitmentId;
  }

  public long positionId() {
    return positionId;
  }

  public long candidateId() {
    return candidateId;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public ApplicationStatus status() {
    return status;
  }

  public Pledge pledge() {
    return pledge;
  }

  public Declaration declaration() {
    return declaration;
  }

  public Map<String, String> answers() {
    return Map.copyOf(answers);
  }

  public OffsetDateTime submittedAt() {
    return submittedAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public Optional<String> decisionReason() {
    return Optional.ofNullable(decisionReason);
  }

  public Optional<OffsetDateTime> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<Confirmation> confirmation() {
    return Optional.ofNullable(confirmation);
  }

  /** The employer's comment on its confirmation or dispute. */
  public Optional<String> confirmationComment() {
    return Optional.ofNullable(confirmationComment);
  }

  public Optional<OffsetDateTime> confirmedAt() {
    return Optional.ofNullable(confirmedAt);
  }

  public long version() {
    return version;
  }
}
