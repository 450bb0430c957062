package org.zhaokao.written.domain.sitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttemptDeadlineTest {

  private static final Instant OPENED = Instant.parse("2026-12-01T01:00:00Z");

  @Test
  void aRunningAttemptTakesTheNewDeadline() {
    Attempt a = new Attempt(1, OPENED, OPENED.plusSeconds(3600));
    Instant now = OPENED.plusSeconds(600);
    assertTrue(a.deadlineMoved(OPENED.plusSeconds(1200), now));
    assertEquals(OPENED.plusSeconds(1200), a.deadline());
    assertTrue(a.deadlineMoved(OPENED.plusSeconds(5400), now), "an extension holds too");
    assertEquals(OPENED.plusSeconds(5400), a.deadline());
  }

  @Test
  void aDeadlineMovedIntoThePastEndsTheAttemptNow() {
    Attempt a = new Attempt(1, OPENED, OPENED.plusSeconds(3600));
    Instant now = OPENED.plusSeconds(600);
    assertTrue(a.deadlineMoved(OPENED.plusSeconds(300), now));
    assertEquals(now, a.deadline());
    assertFalse(a.open(now));
  }

  @Test
  void anEndedAttemptKeepsItsEnd() {
    Attempt submitted = new Attempt(1, OPENED, OPENED.plusSeconds(3600));
    submitted.submit(OPENED.plusSeconds(60));
    assertFalse(submitted.deadlineMoved(OPENED.plusSeconds(7200), OPENED.plusSeconds(120)));
    assertEquals(OPENED.plusSeconds(3600), submitted.deadline());

    Attempt timedOut = new Attempt(2, OPENED, OPENED.plusSeconds(60));
    assertFalse(timedOut.deadlineMoved(OPENED.plusSeconds(7200), OPENED.plusSeconds(120)));
    assertEquals(OPENED.plusSeconds(60), timedOut.deadline());
  }
}
