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

  /**
   * The reviewer's decision. This and the other embedded values are null when loaded with all their
   * columns null (JPA's rule for embeddables): read them through their accessors.
   */
  @Embedded private ReviewerDecision decision = ReviewerDecision.none();

  /** The second reviewer's check (复审), when the recruitment asks for it. */
  @Embedded private SecondReview secondReview = SecondReview.none();

  @Embedded private Disqualification disqualification = Disqualification.none();

  /** The employer's confirmation of the decision. */
  @Embedded private EmployerSignOff confirmation = EmployerSignOff.none();

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
    leave(ApplicationStatus.WITHDRAWN, at);
  }

  /**
   * Staff withdraw a live application filed under an ID number its holder claimed back (身份证号认领),
   * whatever the review decided; the reason replaces the shown one. False when it was not live.
   */
  public boolean withdrawForClaim(OffsetDateTime at, String reason) {
    if (!status.live()) {
      return false;
    }
    decision = decision().showing(Reasons.require(reason));
    leave(ApplicationStatus.WITHDRAWN, at);
    return true;
  }

  private void leave(ApplicationStatus to, OffsetDateTime at) {
    status = to;
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
    Disqualification replaced =
        Disqualification.replacing(id, status, decision().reason().orElse(null));
    String why = Reasons.require(reason);
    disqualification = replaced;
    decision = decision().showing(why);
    leave(ApplicationStatus.DISQUALIFIED, at);
    return true;
  }

  /**
   * 恢复资格: a discipline decision withdrawn on appeal brings the application back to the status and
   * reason it had before it was disqualified, live in its recruitment again.
   *
   * @throws ConflictException if it is not disqualified, or its previous status was not recorded
   */
  public void liftDisqualification(OffsetDateTime at) {
    Disqualification replaced = disqualification();
    status = replaced.statusToRestore(id, status);
    decision = decision().showing(replaced.reasonBefore().orElse(null));
    liveRecruitmentId = recruitmentId;
    disqualification = Disqualification.none();
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
    decide(ApplicationStatus.REJECTED, reviewer, at, Reasons.require(reason));
  }

  /** Whether a decision awaits being sent to the employer (approved or rejected, not sent). */
  public boolean awaitsSending() {
    return (status == ApplicationStatus.APPROVED || status == ApplicationStatus.REJECTED)
        && employer().sendable();
  }

  /** The review results go to the employer (提交招考单位确认). */
  public void sendToEmployer(OffsetDateTime at) {
    if (!awaitsSending()) {
      throw new ConflictException(
          "application-not-decided",
          "Application %d is %s/%s; nothing to send"
              .formatted(id, status, employer().state().orElse(null)));
    }
    confirmation = EmployerSignOff.pending();
    updatedAt = at;
  }

  /**
   * The employer confirms the decision: from now on the candidate sees it, and a confirmed
   * rejection frees the candidate to apply to another position.
   */
  public void confirm(long employerUser, OffsetDateTime at, String comment) {
    confirmation = employer().confirmedBy(id, employerUser, at, comment);
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
    confirmation = employer().disputedBy(id, employerUser, at, comment);
    status = ApplicationStatus.SUBMITTED;
    decision = ReviewerDecision.none();
    secondReview = secondReview().reopened();
    updatedAt = at;
  }

  /** Whether it should get an admission-ticket number: approved, confirmed, none yet. */
  public boolean awaitsTicket() {
    return status == ApplicationStatus.APPROVED && employer().confirmed() && ticketNumber == null;
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

  /** Whether the candidate sees the review's decision (see {@link ApplicationStatus#shown}). */
  public boolean decisionPublished() {
    return status.shown(employer().confirmed());
  }

  /** 退回修改: the candidate corrects and submits again while the window is open. */
  public void returnForChanges(long reviewer, OffsetDateTime at, String reason) {
    decide(ApplicationStatus.RETURNED, reviewer, at, Reasons.require(reason));
  }

  private void decide(ApplicationStatus to, long reviewer, OffsetDateTime at, String reason) {
    if (status != ApplicationStatus.SUBMITTED) {
      throw new ConflictException(
          "application-status",
          "Application " + id + " is " + status + "; only a submitted application is reviewed");
    }
    status = to;
    decision = ReviewerDecision.by(reviewer, at, reason);
    secondReview = secondReview().reopened();
    updatedAt = at;
  }

  /** Whether a decision waits for the second reviewer: approved or rejected, unchecked, unsent. */
  public boolean awaitsCheck() {
    return awaitsSending() && !secondReview().done();
  }

  /**
   * 复审通过: a second reviewer, not the one who decided, agrees with the decision; it may now go to
   * the employer.
   */
  public void check(long checker, OffsetDateTime at) {
    secondReview = secondReview().agreedBy(this, checker, at);
    updatedAt = at;
  }

  /**
   * 复审退回: the second reviewer disagrees; the decision is undone and the application is back in the
   * queue with the comment beside it.
   */
  public void overrule(long checker, OffsetDateTime at, String comment) {
    secondReview = secondReview().overruledBy(this, checker, comment);
    status = ApplicationStatus.SUBMITTED;
    decision = ReviewerDecision.none();
    updatedAt = at;
  }

  /** The second-level review (复审) of the current decision. */
  public SecondReview secondReview() {
    return secondReview != null ? secondReview : SecondReview.none();
  }

  /** What a disqualification replaced; empty unless disqualified. */
  public Disqualification disqualification() {
    return disqualification != null ? disqualification : Disqualification.none();
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

  /** The reason shown to the candidate: a rejection's, a return's or a disqualification's. */
  public Optional<String> decisionReason() {
    return decision().reason();
  }

  /** The reviewer's decision (资格审核意见). */
  public ReviewerDecision decision() {
    return decision != null ? decision : ReviewerDecision.none();
  }

  /** The employer's confirmation (招考单位确认) of the current decision. */
  public EmployerSignOff employer() {
    return confirmation != null ? confirmation : EmployerSignOff.none();
  }
}
