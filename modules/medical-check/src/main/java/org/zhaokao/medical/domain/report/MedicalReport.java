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
 * One uploaded medical report (体检报告): the file sealed with AES-GCM, and the medical officer's
 * review of it once made.
 */
@Entity
@Table(name = "mc_report")
public class MedicalReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "record_id", nullable = false)
  private long recordId;

  @Column(nullable = false)
  private int seq;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReportFormat format;

  @Column(name = "size_bytes", nullable = false)
  private int size;

  @Column(nullable = false)
  private String sha256;

  @Column(nullable = false)
  private byte[] sealed;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  private String checklist;

  @Column(name = "confirmation_code")
  private String confirmationCode;

  private Boolean authentic;

  @Enumerated(EnumType.STRING)
  private Verdict verdict;

  private String reason;

  @Column(name = "reviewed_by")
  private Long reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "incident_id")
  private Long incidentId;

  protected MedicalReport() {}

  public MedicalReport(
      long recordId,
      int seq,
      String fileName,
      ReportFormat format,
      int size,
      String sha256,
      byte[] sealed,
      Instant uploadedAt) {
    this.recordId = recordId;
    this.seq = seq;
    this.fileName = fileName;
    this.format = format;
    this.size = size;
    this.sha256 = sha256;
    this.sealed = sealed.clone();
    this.uploadedAt = uploadedAt;
  }

  /** What the sealed bytes are bound to, so they open only in this row. */
  public static String binding(long recordId, int seq) {
    return "medical-check:report:" + recordId + ":" + seq;
  }

  void review(
      Checklist list, String code, Verdict verdict, String reason, long officer, Instant at) {
    if (this.verdict != null) {
      throw new IllegalStateException("report " + id + " was already reviewed: " + this.verdict);
    }
    this.checklist = list.stored();
    this.confirmationCode = code;
    this.authentic = verdict != Verdict.FORGED;
    this.verdict = verdict;
    this.reason = reason;
    this.reviewedBy = officer;
    this.reviewedAt = at;
  }

  public void referred(long incident) {
    this.incidentId = incident;
  }

  public Long id() {
    return id;
  }

  public long recordId() {
    return recordId;
  }

  public int seq() {
    return seq;
  }

  public String fileName() {
    return fileName;
  }

  public ReportFormat format() {
    return format;
  }

  public int size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public byte[] sealed() {
    return sealed.clone();
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public Optional<Verdict> verdict() {
    return Optional.ofNullable(verdict);
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public Optional<String> confirmationCode() {
    return Optional.ofNullable(confirmationCode);
  }

  public Optional<Instant> reviewedAt() {
    return Optional.ofNullable(reviewedAt);
  }

  public Optional<Long> incidentId() {
    return Optional.ofNullable(incidentId);
  }
}
