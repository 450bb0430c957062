package org.zhaokao.pipeline.domain.admission;

import jakarta.persistence.Column;
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
import java.util.Optional;
import org.zhaokao.platform.validation.ConflictException;

/**
 * One candidate on the admission list (拟录用人员): proposed by rank, confirmed by the employer; a
 * substitute (递补) records whom they replace.
 */
@Entity
@Table(name = "core_admission")
public class Admit {

  @Id
  @SequenceGenerator(
      name = "core_admission_seq",
      sequenceName = "core_admission_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_admission_seq")
  private Long id;

  @Column(name = "recruitment_id", nullable = false)
  private long recruitmentId;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "position_id", nullable = false)
  private long positionId;

  @Column(name = "candidate_id", nullable = false)
  private long candidateId;

  @Column(name = "rank_no", nullable = false)
  private int rank;

  @Column(nullable = false, precision = 9, scale = 4)
  private BigDecimal composite;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AdmitStatus status;

  @Column(name = "replaces_application_id")
  private Long replacesApplicationId;

  @Column(nullable = false, length = 1000)
  private String reason;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Admit() {}

  public Admit(
      long recruitmentId,
      long applicationId,
      long positionId,
      long candidateId,
      int rank,
      BigDecimal composite,
      Long replacesApplicationId,
      OffsetDateTime now) {
    this.recruitmentId = recruitmentId;
    this.applicationId = applicationId;
    this.positionId = positionId;
    this.candidateId = candidateId;
    this.rank = rank;
    this.composite = composite;
    this.status = AdmitStatus.PROPOSED;
    this.replacesApplicationId = replacesApplicationId;
    this.reason = "";
    this.updatedAt = now;
  }

  public void confirm(OffsetDateTime now) {
    if (status != AdmitStatus.PROPOSED) {
      throw new ConflictException("admission.transition", "The admit is " + status);
    }
    this.status = AdmitStatus.CONFIRMED;
    this.updatedAt = now;
  }

  /** Takes the candidate off the list: withdrawn or disqualified, with the reason. */
  public void remove(AdmitStatus why, String reasonText, OffsetDateTime now) {
    if (!why.out()) {
      throw new IllegalArgumentException("remove as WITHDRAWN or DISQUALIFIED, not " + why);
    }
    if (status.out()) {
      throw new ConflictException("admission.transition", "The admit is already " + status);
    }
    this.status = why;
    this.reason = reasonText == null ? "" : reasonText;
    this.updatedAt = now;
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

  public long positionId() {
    return positionId;
  }

  public long candidateId() {
    return candidateId;
  }

  public int rank() {
    return rank;
  }

  public BigDecimal composite() {
    return org.zhaokao.pipeline.domain.flow.PlainScore.of(composite);
  }

  public AdmitStatus status() {
    return status;
  }

  public Optional<Long> replacesApplicationId() {
    return Optional.ofNullable(replacesApplicationId);
  }

  public String reason() {
    return reason;
  }
}
