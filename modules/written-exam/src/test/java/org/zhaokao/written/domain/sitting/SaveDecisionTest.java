package org.zhaokao.written.domain.sitting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SaveDecisionTest {

  private static final Instant T = Instant.parse("2026-12-01T01:00:00Z");

  @Test
  void aNewerSaveReplacesTheAnswer() {
    Answer a = new Answer(1, 3, "A", 5, T);
    assertEquals(SaveDecision.APPLY, a.save("B", 6, T.plusSeconds(1)));
    assertEquals("B", a.response());
    assertEquals(6, a.seq());
  }

  @Test
  void aStaleSaveNeverOverwritesANewerAnswer() {
    Answer a = new Answer(1, 3, "C", 9, T);
    assertEquals(SaveDecision.STALE, a.save("A", 4, T.plusSeconds(5)));
    assertEquals("C", a.response());
    assertEquals(9, a.seq());
    assertEquals(T, a.savedAt());
  }

  @Test
  void aRepeatedSaveChangesNothing() {
    Answer a = new Answer(1, 3, "C", 9, T);
    assertEquals(SaveDecision.REPEAT, a.save("C", 9, T.plusSeconds(5)));
    assertEquals(SaveDecision.REPEAT, a.save("D", 9, T.plusSeconds(5)));
    assertEquals("C", a.response());
  }

  @Test
  void theFirstSaveAlwaysApplies() {
    assertEquals(SaveDecision.APPLY, SaveDecision.of(null, 0));
  }
}
