package org.zhaokao.medical.domain.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One read of a report's content, or a refused attempt (查阅记录): who, in what capacity, when, why.
 */
@Entity
@Table(name = "mc_access")
public class ReportAccess {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "report_id", nullable = false)
  private long reportId;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(nullable = false)
  private String capacity;

  @Column(nullable = false)
  private String purpose;

  @Column(nullable = false)
  private boolean granted;

  @Column(name = "accessed_at", nullable = false)
  private Instant accessedAt;

  protected ReportAccess() {}

  public ReportAccess(
      long reportId, long accountId, String capacity, String purpose, boolean granted, Instant at) {
    this.reportId = reportId;
    this.accountId = accountId;
    this.capacity = capacity;
    this.purpose = purpose;
    this.granted = granted;
    this.accessedAt = at;
  }

  public long reportId() {
    return reportId;
  }

  public long accountId() {
    return accountId;
  }

  public String capacity() {
    return capacity;
  }

  public String purpose() {
    return purpose;
  }

  public boolean granted() {
    return granted;
  }

  public Instant accessedAt() {
    return accessedAt;
  }
}
