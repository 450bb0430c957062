package org.zhaokao.interview.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SealingTest {

  private static final long EXAMINER = 11;
  private static final long OTHER = 12;
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-05T09:30:00+08:00");

  @Test
  void aDraftIsItsExaminersAloneEvenAfterUnsealing() {
    ScoreSheet sheet = new ScoreSheet(1, EXAMINER);
    sheet.fill(Map.of("a", BigDecimal.TEN), false, NOW);
    assertTrue(sheet.readableBy(EXAMINER, false));
    assertFalse(sheet.readableBy(OTHER, false));
    assertFalse(sheet.readableBy(OTHER, true));
  }

  @Test
  void aSubmittedSheetIsSealedFromOthersUntilUnsealed() {
    ScoreSheet sheet = new ScoreSheet(1, EXAMINER);
    sheet.fill(Map.of("a", BigDecimal.TEN), true, NOW);
    assertTrue(sheet.sealed());
    assertTrue(sheet.readableBy(EXAMINER, false));
    assertFalse(sheet.readableBy(OTHER, false));
    assertTrue(sheet.readableBy(OTHER, true));
  }

  @Test
  void theExaminerCannotChangeASealedSheet() {
    ScoreSheet sheet = new ScoreSheet(1, EXAMINER);
    sheet.fill(Map.of("a", BigDecimal.TEN), true, NOW);
    assertThrows(
        IllegalStateException.class, () -> sheet.fill(Map.of("a", BigDecimal.ONE), false, NOW));
    assertEquals(BigDecimal.TEN, sheet.scores().get("a"));
  }

  @Test
  void onlyASealedSheetIsAmendedAndTheAmendmentIsRecorded() {
    ScoreSheet sheet = new ScoreSheet(1, EXAMINER);
    sheet.fill(Map.of("a", BigDecimal.TEN), false, NOW);
    assertThrows(
        IllegalStateException.class, () -> sheet.amend(Map.of("a", BigDecimal.ONE), OTHER, NOW));
    sheet.fill(Map.of("a", BigDecimal.TEN), true, NOW);
    sheet.amend(Map.of("a", BigDecimal.ONE), OTHER, NOW);
    assertEquals(BigDecimal.ONE, sheet.scores().get("a"));
    assertEquals(OTHER, sheet.amendedBy().orElseThrow());
    assertTrue(sheet.sealed());
  }

  @Test
  void aPanelIsSignedOnceAndOnlyAfterUnsealing() {
    Panel panel = new Panel(1, "第一组", "301", Set.of(1L, 2L, 3L), 1, 9);
    assertThrows(IllegalStateException.class, () -> panel.sign(1, NOW));
    panel.unseal(9, NOW);
    assertThrows(IllegalStateException.class, () -> panel.unseal(9, NOW));
    panel.sign(1, NOW);
    assertThrows(IllegalStateException.class, () -> panel.sign(1, NOW));
  }

  @Test
  void theChiefIsAnExaminerAndTheClerkIsNot() {
    assertThrows(
        IllegalArgumentException.class, () -> new Panel(1, "一", "301", Set.of(1L, 2L, 3L), 4, 9));
    assertThrows(
        IllegalArgumentException.class, () -> new Panel(1, "一", "301", Set.of(1L, 2L, 3L), 1, 3));
    Panel panel = new Panel(1, "一", "301", Set.of(1L, 2L, 3L), 1, 9);
    assertTrue(panel.isMember(9));
    assertFalse(panel.isExaminer(9));
  }
}
