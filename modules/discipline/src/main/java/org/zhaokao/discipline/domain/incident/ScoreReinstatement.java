package org.zhaokao.discipline.domain.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.zhaokao.discipline.domain.DisciplineException;

/**
 * A voided stage score brought back (恢复成绩) because the voiding was an error, part of an {@link
 * Incident}: the officer who decided it, when, and the grounds the candidate reads. In a published
 * stage the core applies it once a second person approves.
 */
@Embeddable
public class ScoreReinstatement {

  @Column(name = "reinstated_by")
  private Long reinstatedBy;

  @Column(name = "reinstated_at")
  private OffsetDateTime reinstatedAt;

  @Column(name = "reinstate_note", length = 1000)
  private String note;

  protected ScoreReinstatement() {}

  static ScoreReinstatement none() {
    return new ScoreReinstatement();
  }

  static ScoreReinstatement of(long officer, String note, OffsetDateTime at) {
    String n = note == null ? "" : note.strip();
    if (n.isEmpty() || n.length() > 1000) {
      throw DisciplineException.invalid(
          "note", "A reinstatement states its grounds in 1 to 1000 characters");
    }
    ScoreReinstatement r = new ScoreReinstatement();
    r.reinstatedBy = officer;
    r.reinstatedAt = at;
    r.note = n;
    return r;
  }

  public boolean done() {
    return reinstatedAt != null;
  }

  public Optional<Long> by() {
    return Optional.ofNullable(reinstatedBy);
  }

  public Optional<OffsetDateTime> at() {
    return Optional.ofNullable(reinstatedAt);
  }

  public String note() {
    return note == null ? "" : note;
  }
}
