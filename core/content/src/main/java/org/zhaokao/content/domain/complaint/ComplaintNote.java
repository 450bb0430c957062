package org.zhaokao.content.domain.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An internal note (内部备注) on a complaint by the staff handling it; never shown to the complainant.
 */
@Entity
@Table(name = "core_complaint_note")
public class ComplaintNote {

  @Id
  @SequenceGenerator(
      name = "core_complaint_note_seq",
      sequenceName = "core_complaint_note_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_complaint_note_seq")
  private Long id;

  @Column(name = "complaint_id", nullable = false)
  private long complaintId;

  @Column(name = "author_id", nullable = false)
  private long authorId;

  @Column(name = "note_text", nullable = false, length = 2000)
  private String text;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected ComplaintNote() {}

  public ComplaintNote(long complaintId, long authorId, String text, OffsetDateTime createdAt) {
    this.complaintId = complaintId;
    this.authorId = authorId;
    this.text = text;
    this.createdAt = createdAt;
  }

  public long authorId() {
    return authorId;
  }

  public String text() {
    return text;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
