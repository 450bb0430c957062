package org.zhaokao.pipeline.domain.flow;

import jakarta.persistence.Column;
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
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.zhaokao.pipeline.domain.ranking.StageResult;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;

/**
 * The stored outcome of one candidate in one stage (阶段成绩). One row per application and stage:
 * reporting the same outcome again changes nothing, a different one replaces it until the employer
 * confirms; after that a change is proposed by one person and applied by a second.
 */
@Entity
@Table(name = "core_stage_outcome")
public class RecordedOutcome {

  @Id
  @SequenceGenerator(
      name = "core_stage_outcome_seq",
      sequenceName = "core_stage_outcome_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_stage_outcome_seq")
  private Long id;

  @Column(name = "stage_instance_id", nullable = false)
  private long stageInstanceId;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "position_id", nullable = false)
  private long positionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private OutcomeStatus status;

  @Column(precision = 9, scale = 4)
  private BigDecimal score;

  @Column(nullable = false, length = 1000)
  private String remark;

  @Embedded private ProposedChange pending = ProposedChange.none();

  @Column(name = "reported_at", nullable = false)
  private OffsetDateTime reportedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "voided_status", length = 16)
  private OutcomeStatus voidedStatus;

  @Column(name = "voided_score", precision = 9, scale = 4)
  private BigDecimal voidedScore;

  @Column(name = "voided_remark", length = 1000)
  private String voidedRemark;

  @Enumerated(EnumType.STRING)
  @Column(name = "dq_status", length = 16)
  private OutcomeStatus statusBeforeDq;

  @Column(name = "dq_score", precision = 9, scale = 4)
  private BigDecimal scoreBeforeDq;

  @Column(name = "dq_remark", length = 1000)
  private String remarkBeforeDq;

  @Column(name = "dq_added", nullable = false)
  private boolean addedByDq;

  @Version private long version;

  protected RecordedOutcome() {}

  public RecordedOutcome(
      long stageInstanceId,
      long applicationId,
      long positionId,
      OutcomeStatus status,
      BigDecimal score,
      String remark,
      OffsetDateTime now) {
    this.stageInstanceId = stageInstanceId;
    this.applicationId = applicationId;
    this.positionId = positionId;
    this.status = Objects.requireNonNull(status);
    this.score = score;
    this.remark = remark == null ? "" : remark;
    this.reportedAt = now;
  }

  /**
   * Replaces the outcome before confirmation.
   *
   * @return whether anything changed (a repeat of the same report changes nothing)
   */
  public boolean replace(
      OutcomeStatus s, BigDecimal newScore, String newRemark, OffsetDateTime now) {
    if (same(s, newScore, newRemark)) {
      return false;
    }
    this.status = s;
    this.score = newScore;
    this.remark = newRemark == null ? "" : newRemark;
    this.reportedAt = now;
    return true;
  }

  /**
   * Voids the score by a discipline decision (当次成绩无效): FAILED without a score, with the reason; the
   * outcome it replaces is kept for a reinstatement.
   *
   * @return false when it already was voided
   */
  public boolean voidScore(String reason, OffsetDateTime now) {
    if (voided()) {
      return false;
    }
    keepVoided();
    status = OutcomeStatus.FAILED;
    score = null;
    remark = reason;
    reportedAt = now;
    return true;
  }

  /**
   * Brings back the outcome a voiding replaced (恢复成绩).
   *
   * @throws IllegalStateException when the score is not voided
   */
  public void reinstate(OffsetDateTime now) {
    if (!voided()) {
      throw new IllegalStateException(
          "The score of application " + applicationId + " in this stage is not voided");
    }
    status = voidedStatus;
    score = voidedScore;
    remark = voidedRemark == null ? "" : voidedRemark;
    reportedAt = now;
    forgetVoided();
  }

  /**
   * The outcome of a candidate disqualified (取消资格) before the stage reported them: lifting the
   * disqualification removes it.
   */
  public static RecordedOutcome disqualifiedEntrant(
      long stageInstanceId,
      long applicationId,
      long positionId,
      String reason,
      OffsetDateTime now) {
    RecordedOutcome o =
        new RecordedOutcome(
            stageInstanceId,
            applicationId,
            positionId,
            OutcomeStatus.DISQUALIFIED,
            null,
            reason,
            now);
    o.addedByDq = true;
    return o;
  }

  /**
   * Disqualifies the candidate here by a discipline decision, keeping the outcome it replaces for
   * {@link #liftDisqualification}.
   *
   * @return false when a discipline decision already disqualified it
   */
  public boolean disqualify(String reason, OffsetDateTime now) {
    if (disqualifiedByDecision()) {
      return false;
    }
    statusBeforeDq = status;
    scoreBeforeDq = score;
    remarkBeforeDq = remark;
    status = OutcomeStatus.DISQUALIFIED;
    score = null;
    remark = reason;
    reportedAt = now;
    return true;
  }

  /**
   * Brings back the outcome a disqualification replaced (恢复资格). A row that only exists for the
   * disqualification ({@link #addedByDisqualification()}) is removed by the caller instead.
   *
   * @throws IllegalStateException when no discipline decision disqualified it
   */
  public void liftDisqualification(OffsetDateTime now) {
    if (statusBeforeDq == null) {
      throw new IllegalStateException(
          "Application " + applicationId + " is not disqualified in this stage");
    }
    status = statusBeforeDq;
    score = scoreBeforeDq;
    remark = remarkBeforeDq == null ? "" : remarkBeforeDq;
    reportedAt = now;
    statusBeforeDq = null;
    scoreBeforeDq = null;
    remarkBeforeDq = null;
  }

  /** Whether a discipline decision disqualified the candidate here (and may be lifted). */
  public boolean disqualifiedByDecision() {
    return addedByDq || statusBeforeDq != null;
  }

  /** Whether this row only exists because the candidate was disqualified before being reported. */
  public boolean addedByDisqualification() {
    return addedByDq;
  }

  /** Whether a discipline decision voided this score. */
  public boolean voided() {
    return voidedStatus != null;
  }

  public boolean same(OutcomeStatus s, BigDecimal otherScore, String otherRemark) {
    boolean scoreSame =
        score == null ? otherScore == null : otherScore != null && score.compareTo(otherScore) == 0;
    return status == s && scoreSame && remark.equals(otherRemark == null ? "" : otherRemark);
  }

  /** Proposes a change after confirmation (补正); someone else must approve it. */
  public void proposeChange(OutcomeStatus s, BigDecimal newScore, String newRemark, long by) {
    pending = ProposedChange.of(s, newScore, newRemark, by);
  }

  /**
   * Proposes voiding the score by a discipline decision (当次成绩无效) in a stage already published: a
   * published result changes only when a second person approves; the approval keeps the outcome it
   * replaces, as {@link #voidScore} does, for a {@link #reinstate}.
   *
   * @param by the officer who decided, who may not approve it
   * @return false when the score already is voided
   */
  public boolean proposeVoid(String reason, long by) {
    if (voided()) {
      return false;
    }
    pending = ProposedChange.voiding(reason, by);
    return true;
  }

  /**
   * Proposes reinstating a voided score (恢复成绩) in a stage already published: the outcome the
   * voiding kept comes back only when a second person approves.
   *
   * @param by the officer who decided, who may not approve it
   * @return false when that reinstatement already awaits approval
   * @throws IllegalStateException when the score is not voided
   */
  public boolean proposeReinstate(long by) {
    if (!voided()) {
      throw new IllegalStateException(
          "The score of application " + applicationId + " in this stage is not voided");
    }
    if (reinstatementPending()) {
      return false;
    }
    pending = ProposedChange.reinstating(voidedStatus, voidedScore, voidedRemark, by);
    return true;
  }

  /** Drops a voiding nobody approved yet; the published outcome never changed. */
  public boolean withdrawProposedVoid() {
    if (!voidPending()) {
      return false;
    }
    pending = ProposedChange.none();
    return true;
  }

  /**
   * Applies the proposed change.
   *
   * @throws ConflictException without a proposal, or when its proposer approves it
   */
  public void approveChange(long by, OffsetDateTime now) {
    ProposedChange p = pending();
    if (!p.present()) {
      throw new ConflictException(
          "outcome.no-proposal", "No change of this outcome awaits approval");
    }
    if (p.by() != null && p.by() == by) {
      throw new ConflictException(
          "outcome.same-approver", "A second person must approve a change after confirmation");
    }
    if (p.voids() && !voided()) {
      keepVoided();
    }
    if (p.reinstates()) {
      forgetVoided();
    }
    this.status = p.status();
    this.score = p.score();
    this.remark = p.remark();
    this.reportedAt = now;
    this.pending = ProposedChange.none();
  }

  /** Whether the change awaiting approval voids the score. */
  public boolean voidPending() {
    return pending().voids();
  }

  /** Whether the change awaiting approval reinstates the voided score. */
  public boolean reinstatementPending() {
    return pending().reinstates();
  }

  private void keepVoided() {
    voidedStatus = status;
    voidedScore = score;
    voidedRemark = remark;
  }

  private void forgetVoided() {
    voidedStatus = null;
    voidedScore = null;
    voidedRemark = null;
  }

  private ProposedChange pending() {
    if (pending == null) {
      pending = ProposedChange.none();
    }
    return pending;
  }

  /** The outcome as the ranking arithmetic reads it. */
  public StageResult result() {
    return new StageResult(applicationId, positionId, status, score());
  }

  public Long id() {
    return id;
  }

  public long stageInstanceId() {
    return stageInstanceId;
  }

  public long applicationId() {
    return applicationId;
  }

  public long positionId() {
    return positionId;
  }

  public OutcomeStatus status() {
    return status;
  }

  /** The score without trailing zeros (80, 80.5), as it was meant. */
  public Optional<BigDecimal> score() {
    return Optional.ofNullable(score).map(PlainScore::of);
  }

  public String remark() {
    return remark;
  }

  public Optional<OutcomeStatus> pendingStatus() {
    return Optional.ofNullable(pending().status());
  }

  public Optional<BigDecimal> pendingScore() {
    return Optional.ofNullable(pending().score()).map(PlainScore::of);
  }

  public Optional<Long> pendingBy() {
    return Optional.ofNullable(pending().by());
  }

  public OffsetDateTime reportedAt() {
    return reportedAt;
  }
}
