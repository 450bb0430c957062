package org.zhaokao.notification.domain.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionPeriodTest {

  private static final Instant NOW = Instant.parse("2026-11-27T03:15:00Z");

  @Test
  void cutoffIsThePeriodBeforeNow() {
    assertEquals(
        Instant.parse("2026-05-31T03:15:00Z"),
        new RetentionPeriod(RetentionPeriod.DEFAULT_DAYS).cutoff(NOW));
  }

  @Test
  void zeroDaysPurgesEverythingFinishedUpToNow() {
    assertEquals(NOW, new RetentionPeriod(0).cutoff(NOW));
  }

  @Test
  void negativeDaysAreRefusedNamingTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new RetentionPeriod(-1));
    assertTrue(e.getMessage().contains("-1"), e.getMessage());
  }
}
