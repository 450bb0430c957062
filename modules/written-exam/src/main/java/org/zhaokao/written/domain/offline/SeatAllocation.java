package org.zhaokao.written.domain.offline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One run of the seat allocation (编排考场), with the seed that replays it. */
@Entity
@Table(name = "we_seat_allocation")
public class SeatAllocation {

  @Id
  @SequenceGenerator(name = "we_offline_seq", sequenceName = "we_offline_seq", allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "we_offline_seq")
  private Long id;

  @Column(name = "exam_id", nullable = false)
  private long examId;

  @Column(nullable = false)
  private long seed;

  @Column(nullable = false)
  private int placed;

  @Column(name = "run_at", nullable = false)
  private Instant runAt;

  @Column(name = "run_by", nullable = false)
  private long runBy;

  protected SeatAllocation() {}

  public SeatAllocation(long examId, long seed, int placed, Instant runAt, long runBy) {
    this.examId = examId;
    this.seed = seed;
    this.placed = placed;
    this.runAt = runAt;
    this.runBy = runBy;
  }

  public Long id() {
    return id;
  }

  public long seed() {
    return seed;
  }

  public int placed() {
    return placed;
  }
}
