package org.zhaokao.written.domain.sitting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The latest saved answer (答案) to one question of one attempt, with the client's save number. */
@Entity
@Table(name = "we_answer")
@IdClass(Answer.Key.class)
public class Answer {

  /** At most this many characters in one answer. */
  public static final int MAX_RESPONSE = 20000;

  @Id
  @Column(name = "attempt_id")
  private long attemptId;

  @Id
  @Column(name = "question_no")
  private int questionNo;

  @Column(nullable = false, length = MAX_RESPONSE)
  private String response;

  @Column(nullable = false)
  private long seq;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  protected Answer() {}

  public Answer(long attemptId, int questionNo, String response, long seq, Instant savedAt) {
    this.attemptId = attemptId;
    this.questionNo = questionNo;
    this.response = response;
    this.seq = seq;
    this.savedAt = savedAt;
  }

  /** Applies a save if it is newer than the stored one; says what happened. */
  public SaveDecision save(String newResponse, long newSeq, Instant at) {
    SaveDecision d = SaveDecision.of(seq, newSeq);
    if (d.applies()) {
      response = newResponse;
      seq = newSeq;
      savedAt = at;
    }
    return d;
  }

  public int questionNo() {
    return questionNo;
  }

  public String response() {
    return response;
  }

  public long seq() {
    return seq;
  }

  public Instant savedAt() {
    return savedAt;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long attemptId;
    private int questionNo;

    public Key() {}

    public Key(long attemptId, int questionNo) {
      this.attemptId = attemptId;
      this.questionNo = questionNo;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.attemptId == attemptId && k.questionNo == questionNo;
    }

    @Override
    public int hashCode() {
      return Objects.hash(attemptId, questionNo);
    }
  }
}
