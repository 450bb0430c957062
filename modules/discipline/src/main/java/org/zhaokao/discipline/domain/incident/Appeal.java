package org.zhaokao.discipline.domain.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.zhaokao.discipline.domain.DisciplineException;

/**
 * The appeal part of an {@link Incident} (申诉): the candidate's reason and when, and its resolution
 * by a second officer — whether the decision is upheld, the grounds, who resolved it.
 */
@Embeddable
public class Appeal {

  @Column(name = "appeal_reason", length = 2000)
  private String appealReason;

  @Column(name = "appealed_at")
  private OffsetDateTime appealedAt;

  @Column(name = "appeal_upheld")
  private Boolean appealUpheld;

  @Column(name = "resolution_note", length = 1000)
  private String resolutionNote;

  @Column(name = "resolved_by")
  private Long resolvedBy;

  protected Appeal() {}

  static Appeal none() {
    return new Appeal();
  }

  static Appeal filed(String reason, OffsetDateTime at) {
    String r = reason == null ? "" : reason.strip();
    if (r.isEmpty() || r.length() > 2000) {
      throw DisciplineException.invalid(
          "reason", "An appeal states its reason in 1 to 2000 characters");
    }
    Appeal a = new Appeal();
    a.appealReason = r;
    a.appealedAt = at;
    return a;
  }

  void resolve(long officer, boolean upheld, String note) {
    String n = note == null ? "" : note.strip();
    if (n.isEmpty() || n.length() > 1000) {
      throw DisciplineException.invalid(
          "note", "The resolution states its grounds in 1 to 1000 characters");
    }
    appealUpheld = upheld;
    resolutionNote = n;
    resolvedBy = officer;
  }

  public Optional<String> reason() {
    return Optional.ofNullable(appealReason);
  }

  public Optional<OffsetDateTime> appealedAt() {
    return Optional.ofNullable(appealedAt);
  }

  public Optional<Boolean> upheld() {
    return Optional.ofNullable(appealUpheld);
  }

  public String resolutionNote() {
    return resolutionNote == null ? "" : resolutionNote;
  }

  public Optional<Long> resolvedBy() {
    return Optional.ofNullable(resolvedBy);
  }
}
