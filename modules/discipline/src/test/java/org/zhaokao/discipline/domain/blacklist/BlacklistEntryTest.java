package org.zhaokao.discipline.domain.blacklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.zhaokao.discipline.domain.DisciplineException;

class BlacklistEntryTest {

  private static final LocalDate START = LocalDate.of(2026, 6, 1);

  @Test
  void barsFromTheFirstToTheLastDayAndExpiresByItself() {
    BlacklistEntry b = BlacklistEntry.forYears(9, 1, "代考", START, 5);
    assertEquals(LocalDate.of(2031, 5, 31), b.endsOn());
    assertFalse(b.barsOn(START.minusDays(1)));
    assertTrue(b.barsOn(START));
    assertTrue(b.barsOn(LocalDate.of(2031, 5, 31)));
    assertFalse(b.barsOn(LocalDate.of(2031, 6, 1)));
  }

  @Test
  void refusesAnEndBeforeTheStart() {
    DisciplineException e =
        assertThrows(
            DisciplineException.class,
            () -> new BlacklistEntry(9, 1, "代考", START, START.minusDays(1)));
    assertEquals(422, e.status());
  }

  @Test
  void aLiftedEntryNoLongerBars() {
    BlacklistEntry b = BlacklistEntry.forYears(9, 1, "代考", START, 1);
    b.lift(OffsetDateTime.now());
    assertFalse(b.barsOn(START));
  }

  @Test
  void anEntryLimitedToOneEmployerCoversOnlyThatEmployer() {
    BlacklistEntry everyone = BlacklistEntry.forYears(9, 1, "代考", START, 1);
    assertTrue(everyone.coversEmployer(5));
    assertTrue(everyone.coversEmployer(6));
    BlacklistEntry limited = BlacklistEntry.forYears(9, 1, "代考", START, 1).limitedTo(5);
    assertTrue(limited.coversEmployer(5));
    assertFalse(limited.coversEmployer(6));
    assertEquals(5L, limited.employerId().orElseThrow());
  }
}
