package org.zhaokao.physical.domain.sitting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One attempt's figure (成绩) of one candidate at one item; entering it again corrects it. */
@Entity
@Table(name = "pt_attempt")
public class Attempt {

  /** Where a figure came from. */
  public enum Source {
    MANUAL,
    CSV,
    EXCEL
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recruitment_id", nullable = false)
  private long recruitmentId;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Column(name = "attempt_no", nullable = false)
  private int attemptNo;

  @Column(nullable = false, precision = 10, scale = 2)
  private BigDecimal figure;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Source source;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private long recordedBy;

  protected Attempt() {}

  public Attempt(long recruitmentId, long applicationId, long itemId, int attemptNo) {
    this.recruitmentId = recruitmentId;
    this.applicationId = applicationId;
    this.itemId = itemId;
    this.attemptNo = attemptNo;
  }

  public void record(BigDecimal figure, Source source, long by, Instant at) {
    this.figure = figure;
    this.source = source;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public long applicationId() {
    return applicationId;
  }

  public long itemId() {
    return itemId;
  }

  public int attemptNo() {
    return attemptNo;
  }

  public BigDecimal figure() {
    return figure;
  }
}
