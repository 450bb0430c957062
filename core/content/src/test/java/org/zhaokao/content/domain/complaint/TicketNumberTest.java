package org.zhaokao.content.domain.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketNumberTest {

  @Test
  void carriesTheDateAndSixCharactersWithoutLookAlikes() {
    String t = TicketNumber.next(LocalDate.of(2026, 11, 27));
    assertTrue(t.startsWith("TS20261127-"), t);
    assertTrue(TicketNumber.wellFormed(t), t);
    assertFalse(t.substring(11).matches(".*[01OI].*"), t);
  }

  @Test
  void numbersOfOneDayDiffer() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      seen.add(TicketNumber.next(LocalDate.of(2026, 11, 27)));
    }
    assertEquals(1000, seen.size());
  }

  @Test
  void refusesMalformedNumbers() {
    assertFalse(TicketNumber.wellFormed(null));
    assertFalse(TicketNumber.wellFormed("TS20261127-0OOOOO"));
    assertFalse(TicketNumber.wellFormed("TS2026112-ABCDEF"));
    assertFalse(TicketNumber.wellFormed("' OR 1=1 --"));
  }
}
