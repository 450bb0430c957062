package org.zhaokao.written.domain.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WrittenExamScheduleTest {

  private static final Instant START = Instant.parse("2026-12-01T01:00:00Z");

  private static WrittenExam planned() {
    WrittenExam e = new WrittenExam(7, 1, "key");
    e.plan(START, START.plusSeconds(7200), 90, PaperMode.FIXED, "{}");
    return e;
  }

  @Test
  void theWindowMovesAfterThePapersAreDrawn() {
    WrittenExam e = planned();
    e.papersGenerated(START.minusSeconds(86400));
    e.reschedule(START.plusSeconds(3600), START.plusSeconds(9000));
    assertEquals(START.plusSeconds(3600), e.startsAt());
    assertFalse(e.started(START.plusSeconds(60)));
    assertTrue(e.over(START.plusSeconds(9000)));
    assertEquals(START.plusSeconds(9000), e.deadlineFor(START.plusSeconds(6000)));
  }

  @Test
  void anEndNotAfterTheStartIsRefused() {
    WrittenExam e = planned();
    assertThrows(IllegalArgumentException.class, () -> e.reschedule(START, START));
    assertEquals(START.plusSeconds(7200), e.endsAt(), "unchanged");
  }
}
