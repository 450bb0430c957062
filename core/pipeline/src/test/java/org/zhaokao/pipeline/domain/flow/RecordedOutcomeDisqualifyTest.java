package org.zhaokao.pipeline.domain.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;

class RecordedOutcomeDisqualifyTest {

  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void liftingADisqualificationBringsBackTheOutcomeItReplaced() {
    RecordedOutcome o =
        new RecordedOutcome(1, 2, 3, OutcomeStatus.PASSED, new BigDecimal("88.5"), "笔试", T0);
    assertTrue(o.disqualify("替考，取消资格", T0.plusDays(1)));
    assertEquals(OutcomeStatus.DISQUALIFIED, o.status());
    assertTrue(o.score().isEmpty());
    assertTrue(o.disqualifiedByDecision());
    assertFalse(o.disqualify("again", T0.plusDays(2)), "disqualifying twice changes nothing");

    o.liftDisqualification(T0.plusDays(20));
    assertEquals(OutcomeStatus.PASSED, o.status());
    assertEquals(new BigDecimal("88.5"), o.score().orElseThrow());
    assertEquals("笔试", o.remark());
    assertFalse(o.disqualifiedByDecision());
    assertThrows(IllegalStateException.class, () -> o.liftDisqualification(T0.plusDays(21)));
  }

  @Test
  void anOutcomeThatOnlyTheDisqualificationMadeIsMarkedForRemoval() {
    RecordedOutcome o = RecordedOutcome.disqualifiedEntrant(1, 2, 3, "替考", T0);
    assertEquals(OutcomeStatus.DISQUALIFIED, o.status());
    assertTrue(o.addedByDisqualification());
    assertTrue(o.disqualifiedByDecision());
    RecordedOutcome reported =
        new RecordedOutcome(1, 2, 3, OutcomeStatus.DISQUALIFIED, null, "考场记录", T0);
    assertFalse(reported.disqualifiedByDecision(), "a stage's own DISQUALIFIED is not lifted");
  }
}
