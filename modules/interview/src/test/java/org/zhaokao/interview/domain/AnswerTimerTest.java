package org.zhaokao.interview.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTimerTest {

  private static final OffsetDateTime CALLED =
      OffsetDateTime.of(2026, 12, 5, 9, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void countsDownByTheClockAndReachesWarningsLargestFirst() {
    AnswerTimer t = new AnswerTimer(600, List.of(60, 180));
    assertEquals(List.of(180, 60), t.warnings());
    assertEquals(600, t.remaining(CALLED, CALLED));
    assertEquals(List.of(), t.reached(t.remaining(CALLED, CALLED.plusSeconds(419))));
    assertEquals(List.of(180), t.reached(t.remaining(CALLED, CALLED.plusSeconds(420))));
    assertEquals(List.of(180, 60), t.reached(t.remaining(CALLED, CALLED.plusSeconds(545))));
    assertEquals(0, t.remaining(CALLED, CALLED.plusSeconds(900)));
    assertEquals(CALLED.plusSeconds(600), t.endsAt(CALLED));
  }

  @Test
  void roundsPartSecondsUpSoTheClockNeverShowsZeroEarly() {
    AnswerTimer t = new AnswerTimer(60, List.of());
    assertEquals(1, t.remaining(CALLED, CALLED.plusNanos(59_500_000_000L)));
  }

  @Test
  void storesAndReadsBackItsWarnings() {
    AnswerTimer t = new AnswerTimer(900, List.of(30, 180, 60));
    assertEquals("180,60,30", t.warningsText());
    assertEquals(t, AnswerTimer.of(900, t.warningsText()));
    assertEquals(List.of(), AnswerTimer.of(900, "").warnings());
  }

  @Test
  void refusesTimesAndWarningsOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> new AnswerTimer(59, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new AnswerTimer(7201, List.of()));
    IllegalArgumentException late =
        assertThrows(IllegalArgumentException.class, () -> new AnswerTimer(300, List.of(300)));
    assertTrue(late.getMessage().contains("1 to 299"), late.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new AnswerTimer(300, List.of(0)));
    assertThrows(IllegalArgumentException.class, () -> new AnswerTimer(300, List.of(60, 60)));
    assertThrows(
        IllegalArgumentException.class, () -> new AnswerTimer(900, List.of(1, 2, 3, 4, 5, 6)));
  }
}
