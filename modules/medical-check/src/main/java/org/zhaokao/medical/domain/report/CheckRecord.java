package org.zhaokao.medical.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A candidate's medical check in one recruitment (体检记录): the consent to process health data
 * (健康信息处理同意), how many reports may be uploaded (one, two after a re-examination), and where the
 * check stands. Its methods are the rules; a refused step throws and changes nothing.
 */
@Entity
@Table(name = "mc_record")
public class CheckRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recruitment_id", nullable = false)
  private long recruitmentId;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "candidate_account_id", nullable = false)
  private long candidateAccountId;

  @Column(name = "consent_at")
  private Instant consentAt;

  @Column(name = "uploads_allowed", nullable = false)
  private int uploadsAllowed;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RecordStatus status;

  protected CheckRecord() {}

  public CheckRecord(long recruitmentId, long applicationId, long candidateAccountId) {
    this.recruitmentId = recruitmentId;
    this.applicationId = applicationId;
    this.candidateAccountId = candidateAccountId;
    this.uploadsAllowed = 1;
    this.status = RecordStatus.AWAITING_REPORT;
  }

  /** Records the consent; a repeated consent keeps the first time. */
  public void consent(Instant at) {
    if (consentAt == null) {
      consentAt = at;
    }
  }

  /**
   * The sequence number the next upload gets.
   *
   * @param uploaded how many reports were uploaded so far
   * @throws IllegalStateException without consent, or when no report is expected now
   */
  public int nextUpload(int uploaded) {
    if (consentAt == null) {
      throw new IllegalStateException(
          "consent to the processing of your health data before uploading a report");
    }
    if (status != RecordStatus.AWAITING_REPORT && status != RecordStatus.REEXAMINATION
        || uploaded >= uploadsAllowed) {
      throw new IllegalStateException("no report is expected now: the check is " + status);
    }
    return uploaded + 1;
  }

  public void submitted() {
    status = RecordStatus.SUBMITTED;
  }

  /**
   * Applies the officer's verdict on the report waiting for review.
   *
   * @throws IllegalStateException when the report is not the one waiting, or a second
   *     re-examination is asked for
   */
  public void judge(
      MedicalReport report,
      Checklist list,
      String code,
      Verdict verdict,
      String reason,
      long officer,
      Instant at) {
    if (status != RecordStatus.SUBMITTED || report.recordId() != id) {
      throw new IllegalStateException("no report of this candidate waits for review");
    }
    if (verdict == Verdict.REEXAMINATION && uploadsAllowed > 1) {
      throw new IllegalStateException("a re-examination was already granted once");
    }
    report.review(list, code, verdict, reason, officer, at);
    status =
        switch (verdict) {
          case PASS -> RecordStatus.PASSED;
          case FAIL -> RecordStatus.FAILED;
          case FORGED -> RecordStatus.VOID;
          case REEXAMINATION -> RecordStatus.REEXAMINATION;
        };
    if (verdict == Verdict.REEXAMINATION) {
      uploadsAllowed++;
    }
  }

  public Long id() {
    return id;
  }

  public long recruitmentId() {
    return recruitmentId;
  }

  public long applicationId() {
    return applicationId;
  }

  public long candidateAccountId() {
    return candidateAccountId;
  }

  public Optional<Instant> consentAt() {
    return Optional.ofNullable(consentAt);
  }

  public int uploadsAllowed() {
    return uploadsAllowed;
  }

  public RecordStatus status() {
    return status;
  }
}
