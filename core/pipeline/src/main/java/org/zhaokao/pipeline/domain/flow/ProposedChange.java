package org.zhaokao.pipeline.domain.flow;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;

/**
 * A change of a confirmed outcome awaiting a second person's approval (补正待审核): what it would store,
 * who proposed it, and whether it voids the score (当次成绩无效) or reinstates a voided one (恢复成绩), so
 * that approving it keeps, or forgets, the outcome a voiding replaced.
 */
@Embeddable
public class ProposedChange {

  @Enumerated(EnumType.STRING)
  @Column(name = "pending_status", length = 16)
  private OutcomeStatus status;

  @Column(name = "pending_score", precision = 9, scale = 4)
  private BigDecimal score;

  @Column(name = "pending_remark", length = 1000)
  private String remark;

  @Column(name = "pending_by")
  private Long by;

  @Column(name = "pending_void", nullable = false)
  private boolean voids;

  @Column(name = "pending_reinstate", nullable = false)
  private boolean reinstates;

  protected ProposedChange() {}

  /** Nothing awaits approval. */
  static ProposedChange none() {
    return new ProposedChange();
  }

  /** A plain correction. */
  static ProposedChange of(OutcomeStatus s, BigDecimal score, String remark, long by) {
    ProposedChange c = new ProposedChange();
    c.status = Objects.requireNonNull(s);
    c.score = score;
    c.remark = remark == null ? "" : remark;
    c.by = by;
    return c;
  }

  /** Voiding the score by a discipline decision. */
  static ProposedChange voiding(String reason, long by) {
    ProposedChange c = of(OutcomeStatus.FAILED, null, reason, by);
    c.voids = true;
    return c;
  }

  /** Bringing back the outcome a voiding replaced. */
  static ProposedChange reinstating(OutcomeStatus s, BigDecimal score, String remark, long by) {
    ProposedChange c = of(s, score, remark, by);
    c.reinstates = true;
    return c;
  }

  boolean present() {
    return status != null;
  }

  OutcomeStatus status() {
    return status;
  }

  BigDecimal score() {
    return score;
  }

  String remark() {
    return remark;
  }

  Long by() {
    return by;
  }

  boolean voids() {
    return voids;
  }

  boolean reinstates() {
    return reinstates;
  }
}
