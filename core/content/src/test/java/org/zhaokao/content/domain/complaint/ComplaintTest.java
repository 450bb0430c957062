package org.zhaokao.content.domain.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ComplaintTest {

  private static Complaint dueOn(LocalDate due) {
    return new Complaint(
        "TS20261120-ABCDEF",
        ComplaintChannel.WEB,
        null,
        null,
        new Complaint.Complainant("王五", ContactKind.EMAIL, "enc", "idx"),
        new Complaint.Matter("考场", "考场太吵"),
        OffsetDateTime.parse("2026-11-20T02:00:00Z"),
        due);
  }

  @Test
  void anOpenComplaintIsOverdueTheDayAfterItsDeadline() {
    Complaint c = dueOn(LocalDate.of(2026, 11, 27));
    assertFalse(c.overdueOn(LocalDate.of(2026, 11, 27)), "the deadline day itself is in time");
    assertTrue(c.overdueOn(LocalDate.of(2026, 11, 28)));
  }

  @Test
  void anAnsweredComplaintIsNeverOverdue() {
    Complaint c = dueOn(LocalDate.of(2026, 11, 27));
    c.answer("已处理", 3, OffsetDateTime.parse("2026-11-30T02:00:00Z"));
    assertEquals(ComplaintStatus.ANSWERED, c.status());
    assertFalse(c.overdueOn(LocalDate.of(2026, 12, 30)));
  }
}
