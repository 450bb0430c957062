package org.zhaokao.recruitment.domain.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TicketPatternTest {

  @Test
  void theDefaultJoinsYearCodesAndAPaddedSequence() {
    assertEquals(
        "2026R-0101-0007", TicketPattern.of(TicketPattern.DEFAULT).format(2026, "R-01", "01-", 7));
  }

  @Test
  void literalsAndPlaceholdersMayComeInAnyOrder() {
    assertEquals(
        "ZK-01-2026-000123",
        TicketPattern.of("ZK-{position}-{year}-{seq:6}").format(2026, "R", "01", 123));
  }

  @Test
  void refusesPatternsWithoutExactlyOneSequenceOrWithOtherCharacters() {
    assertThrows(IllegalArgumentException.class, () -> TicketPattern.of("{year}{position}"));
    assertThrows(IllegalArgumentException.class, () -> TicketPattern.of("{seq:4}{seq:4}"));
    assertThrows(IllegalArgumentException.class, () -> TicketPattern.of("{seq:2}"));
    assertThrows(IllegalArgumentException.class, () -> TicketPattern.of("{seq:9}"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TicketPattern.of("ZK {seq:4}"));
    assertTrue(e.getMessage().contains("at 3"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TicketPattern.of("{month}{seq:4}"));
    assertThrows(IllegalArgumentException.class, () -> TicketPattern.of(""));
  }

  @Test
  void aSequenceThatOutgrowsItsDigitsIsAnError() {
    TicketPattern p = TicketPattern.of("{seq:3}");
    assertEquals("999", p.format(2026, "R", "P", 999));
    assertThrows(IllegalStateException.class, () -> p.format(2026, "R", "P", 1000));
  }
}
