package org.zhaokao.written.domain.proctoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A candidate's identity check before an online exam (考前身份核验): their live photo, waiting for a
 * proctor, then admitted or refused. A refused candidate may send a new photo, a few times.
 */
@Entity
@Table(name = "we_admission")
public class Admission {

  /** How many photos a candidate may send in all. */
  public static final int MAX_PHOTOS = 3;

  /** Where the check stands. */
  public enum Status {
    PENDING,
    ADMITTED,
    REFUSED
  }

  @Id
  @SequenceGenerator(name = "we_proctor_seq", sequenceName = "we_proctor_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "we_proctor_seq")
  private Long id;

  @Column(name = "paper_id", nullable = false, unique = true)
  private long paperId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(nullable = false)
  private int photos;

  @Column(name = "photo_sealed", nullable = false, length = 400000)
  private String photoSealed;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "decided_by")
  private Long decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(length = 500)
  private String reason;

  protected Admission() {}

  public Admission(long paperId, String photoSealed, Instant at) {
    this.paperId = paperId;
    this.photoSealed = photoSealed;
    this.submittedAt = at;
    this.status = Status.PENDING;
    this.photos = 1;
  }

  /** What the sealed photo is bound to: the paper it admits to. */
  public static String binding(long paperId) {
    return "we-admission:paper-" + paperId;
  }

  /**
   * A new photo after a refusal.
   *
   * @throws IllegalStateException when admitted, waiting, or out of photos
   */
  public void resubmit(String sealed, Instant at) {
    if (status != Status.REFUSED) {
      throw new IllegalStateException("the check is " + status + ": no new photo is taken");
    }
    if (photos >= MAX_PHOTOS) {
      throw new IllegalStateException("all " + MAX_PHOTOS + " photos were refused");
    }
    photoSealed = sealed;
    submittedAt = at;
    status = Status.PENDING;
    photos++;
    decidedBy = null;
    decidedAt = null;
    reason = null;
  }

  /**
   * The proctor's decision on the waiting photo.
   *
   * @throws IllegalStateException when nothing waits
   */
  public void decide(boolean admit, String why, long by, Instant at) {
    if (status != Status.PENDING) {
      throw new IllegalStateException("the check is " + status + ", not waiting");
    }
    status = admit ? Status.ADMITTED : Status.REFUSED;
    reason = why;
    decidedBy = by;
    decidedAt = at;
  }

  public Long id() {
    return id;
  }

  public long paperId() {
    return paperId;
  }

  public Status status() {
    return status;
  }

  public int photos() {
    return photos;
  }

  public String photoSealed() {
    return photoSealed;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public String reason() {
    return reason;
  }
}
