package org.zhaokao.written.domain.preexam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A candidate's acceptance of the exam's rules (已阅读并同意考试须知): who, when, and the digest of the text
 * they read. One per paper and rules text.
 */
@Entity
@Table(name = "we_rules_acceptance")
public class RulesAcceptance {

  @Id
  @SequenceGenerator(name = "we_proctor_seq", sequenceName = "we_proctor_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "we_proctor_seq")
  private Long id;

  @Column(name = "paper_id", nullable = false)
  private long paperId;

  @Column(name = "rules_digest", nullable = false, length = 64)
  private String rulesDigest;

  @Column(name = "accepted_by", nullable = false)
  private long acceptedBy;

  @Column(name = "accepted_at", nullable = false)
  private Instant acceptedAt;

  protected RulesAcceptance() {}

  public RulesAcceptance(long paperId, String rulesDigest, long acceptedBy, Instant acceptedAt) {
    this.paperId = paperId;
    this.rulesDigest = rulesDigest;
    this.acceptedBy = acceptedBy;
    // As the database keeps it, so the answer to a repeated acceptance is the very same time.
    this.acceptedAt = acceptedAt.truncatedTo(ChronoUnit.MICROS);
  }

  public Long id() {
    return id;
  }

  public long paperId() {
    return paperId;
  }

  public String rulesDigest() {
    return rulesDigest;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }
}
