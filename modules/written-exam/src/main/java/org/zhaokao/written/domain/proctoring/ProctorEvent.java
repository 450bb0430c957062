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

/** One thing the candidate's browser reported during the attempt (监考事件). */
@Entity
@Table(name = "we_proctor_event")
public class ProctorEvent {

  @Id
  @SequenceGenerator(name = "we_proctor_seq", sequenceName = "we_proctor_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "we_proctor_seq")
  private Long id;

  @Column(name = "attempt_id", nullable = false)
  private long attemptId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private EventKind kind;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "audio_level")
  private Integer audioLevel;

  protected ProctorEvent() {}

  /**
   * @param audioLevel 0 to 100 for {@link EventKind#AUDIO_LEVEL}, otherwise null
   */
  public ProctorEvent(
      long attemptId, EventKind kind, Instant occurredAt, Instant receivedAt, Integer audioLevel) {
    if ((kind == EventKind.AUDIO_LEVEL) != (audioLevel != null)) {
      throw new IllegalArgumentException("an audio level comes with AUDIO_LEVEL events only");
    }
    if (audioLevel != null && (audioLevel < 0 || audioLevel > 100)) {
      throw new IllegalArgumentException("an audio level is 0 to 100, got " + audioLevel);
    }
    this.attemptId = attemptId;
    this.kind = kind;
    this.occurredAt = occurredAt;
    this.receivedAt = receivedAt;
    this.audioLevel = audioLevel;
  }

  public long attemptId() {
    return attemptId;
  }

  public EventKind kind() {
    return kind;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public Integer audioLevel() {
    return audioLevel;
  }
}
