package org.zhaokao.content.domain.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  @Test
  void countsFiveWorkingDaysFromAMondayToTheNextMonday() {
    assertEquals(LocalDate.of(2026, 11, 30), WorkingDays.after(LocalDate.of(2026, 11, 23), 5));
  }

  @Test
  void skipsTheWeekendFromAFriday() {
    assertEquals(LocalDate.of(2026, 12, 4), WorkingDays.after(LocalDate.of(2026, 11, 27), 5));
    assertEquals(LocalDate.of(2026, 11, 30), WorkingDays.after(LocalDate.of(2026, 11, 27), 1));
  }

  @Test
  void aComplaintFiledOnSundayCountsFromMonday() {
    assertEquals(LocalDate.of(2026, 12, 4), WorkingDays.after(LocalDate.of(2026, 11, 29), 5));
  }

  @Test
  void refusesZeroDays() {
    assertThrows(IllegalArgumentException.class, () -> WorkingDays.after(LocalDate.now(), 0));
  }
}
