package org.zhaokao.written.domain.proctoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A proctor's message to a candidate in the exam (监考提醒), shown on the exam page. */
@Entity
@Table(name = "we_proctor_message")
public class ProctorMessage {

  public static final int MAX_LENGTH = 500;

  @Id
  @SequenceGenerator(name = "we_proctor_seq", sequenceName = "we_proctor_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "we_proctor_seq")
  private Long id;

  @Column(name = "attempt_id", nullable = false)
  private long attemptId;

  @Column(nullable = false, length = MAX_LENGTH)
  private String body;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  @Column(name = "sent_by", nullable = false)
  private long sentBy;

  protected ProctorMessage() {}

  public ProctorMessage(long attemptId, String body, Instant sentAt, long sentBy) {
    this.attemptId = attemptId;
    this.body = body;
    this.sentAt = sentAt;
    this.sentBy = sentBy;
  }

  public Long id() {
    return id;
  }

  public String body() {
    return body;
  }

  public Instant sentAt() {
    return sentAt;
  }
}
