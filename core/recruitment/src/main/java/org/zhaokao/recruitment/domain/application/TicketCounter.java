package org.zhaokao.recruitment.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A recruitment's admission-ticket sequence (准考证号序列) and pattern. Whoever issues a number holds
 * this row locked until the transaction ends, so numbers are unique and gap-free: a rolled-back
 * issue takes its increment back with it. Only issuing locks it — never a candidate's submit.
 */
@Entity
@Table(name = "core_ticket_counter")
public class TicketCounter {

  @Id
  @Column(name = "recruitment_id")
  private long recruitmentId;

  @Column(nullable = false, length = TicketPattern.MAX_LENGTH)
  private String pattern;

  @Column(name = "last_seq", nullable = false)
  private long lastSeq;

  protected TicketCounter() {}

  public long recruitmentId() {
    return recruitmentId;
  }

  public TicketPattern pattern() {
    return TicketPattern.of(pattern);
  }

  public long issued() {
    return lastSeq;
  }

  /** Takes the next number of the sequence. */
  public long next() {
    return ++lastSeq;
  }

  /**
   * Changes the pattern.
   *
   * @throws IllegalStateException once a number was issued with the old one
   */
  public void pattern(TicketPattern p) {
    if (lastSeq > 0) {
      throw new IllegalStateException("Numbers were issued with the current pattern");
    }
    pattern = p.text();
  }
}
