package org.zhaokao.content.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.zhaokao.content.domain.complaint.ComplaintChannel;
import org.zhaokao.content.domain.complaint.ComplaintStatus;

/**
 * A complaint as staff see it; the contact is masked in lists and shown whole in the details to
 * those handling it.
 */
public record ComplaintView(
    long id,
    String ticket,
    ComplaintChannel channel,
    ComplaintStatus status,
    String name,
    String contact,
    boolean candidate,
    String subject,
    String body,
    OffsetDateTime filedAt,
    LocalDate dueOn,
    boolean overdue,
    Long assigneeId,
    String reply,
    OffsetDateTime repliedAt,
    List<Note> notes) {

  /** An internal note. */
  public record Note(long authorId, String text, OffsetDateTime at) {}
}
