package org.zhaokao.written.domain.proctoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A webcam picture taken during the attempt (监考抓拍), sealed under the exam's data key. */
@Entity
@Table(name = "we_snapshot")
public class Snapshot {

  /** The largest picture taken: a webcam frame is a few dozen kilobytes. */
  public static final int MAX_BYTES = 256 * 1024;

  @Id
  @SequenceGenerator(name = "we_proctor_seq", sequenceName = "we_proctor_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "we_proctor_seq")
  private Long id;

  @Column(name = "attempt_id", nullable = false)
  private long attemptId;

  @Column(name = "taken_at", nullable = false)
  private Instant takenAt;

  @Column(name = "size_bytes", nullable = false)
  private int sizeBytes;

  @Column(nullable = false, length = 400000)
  private String sealed;

  protected Snapshot() {}

  public Snapshot(long attemptId, Instant takenAt, int sizeBytes, String sealed) {
    this.attemptId = attemptId;
    this.takenAt = takenAt;
    this.sizeBytes = sizeBytes;
    this.sealed = sealed;
  }

  /** What the sealed picture is bound to: its attempt. */
  public static String binding(long attemptId) {
    return "we-snapshot:attempt-" + attemptId;
  }

  /** Whether {@code bytes} start like a JPEG file (SOI marker and a segment). */
  public static boolean looksLikeJpeg(byte[] bytes) {
    return bytes.length > 4
        && (bytes[0] & 0xFF) == 0xFF
        && (bytes[1] & 0xFF) == 0xD8
        && (bytes[2] & 0xFF) == 0xFF;
  }

  public Long id() {
    return id;
  }

  public long attemptId() {
    return attemptId;
  }

  public Instant takenAt() {
    return takenAt;
  }

  public int sizeBytes() {
    return sizeBytes;
  }

  public String sealed() {
    return sealed;
  }
}
