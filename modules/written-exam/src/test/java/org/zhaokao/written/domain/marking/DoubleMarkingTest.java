package org.zhaokao.written.domain.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DoubleMarkingTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void withinTheToleranceTheMeanStandsRoundedAsConfigured() {
    DoubleMarking halfUp = new DoubleMarking(d("3"), 0, RoundingMode.HALF_UP);
    assertEquals(d("16"), halfUp.settle(d("15"), d("16")).orElseThrow());
    assertEquals(d("14"), halfUp.settle(d("12"), d("15")).orElseThrow(), "exactly the tolerance");
    DoubleMarking down = new DoubleMarking(d("3"), 0, RoundingMode.DOWN);
    assertEquals(d("15"), down.settle(d("15"), d("16")).orElseThrow());
    DoubleMarking tenths = new DoubleMarking(d("3"), 1, RoundingMode.HALF_UP);
    assertEquals(d("15.5"), tenths.settle(d("15"), d("16")).orElseThrow());
    assertEquals(d("15.1"), tenths.settle(d("15.25"), d("14.9")).orElseThrow());
  }

  @Test
  void beyondTheToleranceTheThirdMarkStands() {
    DoubleMarking rule = new DoubleMarking(d("3"), 1, RoundingMode.HALF_UP);
    assertTrue(rule.settle(d("18"), d("10")).isEmpty());
    assertTrue(rule.settle(d("18"), d("14.99")).isEmpty());
    assertEquals(d("11.0"), rule.arbitrate(d("11")));
  }

  @Test
  void aTaskGoesToArbitrationAndSettlesByTheArbiter() {
    DoubleMarking rule = new DoubleMarking(d("2"), 1, RoundingMode.HALF_UP);
    MarkingTask t = new MarkingTask(1, 1, 1, 3);
    assertEquals(1, t.take());
    assertEquals(2, t.take());
    assertFalse(t.wantsMarker(), "two markers hold it");
    assertThrows(IllegalStateException.class, t::take);
    t.doubleMarked(d("18"), d("10"), rule);
    assertEquals(TaskState.ARBITRATION, t.state());
    assertNull(t.finalScore());
    assertEquals(3, t.take());
    t.arbitrated(d("11"), rule);
    assertEquals(TaskState.SETTLED, t.state());
    assertEquals(d("11.0"), t.finalScore());
  }

  @Test
  void scoresOutsideTheQuestionsPointsAreRefused() {
    assertTrue(DoubleMarking.refusal(d("20"), d("20")).isEmpty());
    assertTrue(DoubleMarking.refusal(d("0"), d("20")).isEmpty());
    assertTrue(DoubleMarking.refusal(d("12.50"), d("20")).isEmpty());
    assertTrue(DoubleMarking.refusal(d("20.5"), d("20")).orElseThrow().contains("0 to 20"));
    assertTrue(DoubleMarking.refusal(d("-1"), d("20")).isPresent());
    assertTrue(DoubleMarking.refusal(d("1.125"), d("20")).isPresent());
    assertTrue(DoubleMarking.refusal(null, d("20")).isPresent());
  }

  @Test
  void aSubmittedMarkIsSealed() {
    Mark m = new Mark(1, 1, 7, 1, Instant.now());
    m.submit(d("12"), Instant.now());
    assertTrue(m.sealed());
    assertThrows(IllegalStateException.class, () -> m.submit(d("13"), Instant.now()));
    assertEquals(d("12"), m.score());
  }

  @Test
  void consistencyComparesEachMarkerWithTheFinalScores() {
    List<Consistency.Scored> marks =
        List.of(
            new Consistency.Scored(1, 10, d("15")),
            new Consistency.Scored(2, 10, d("16")),
            new Consistency.Scored(1, 11, d("18")),
            new Consistency.Scored(2, 11, d("10")),
            new Consistency.Scored(3, 11, d("11")),
            new Consistency.Scored(1, 12, d("9")));
    List<Consistency.Line> lines = Consistency.of(marks, Map.of(10L, d("15.5"), 11L, d("11")));
    assertEquals(3, lines.size());
    Consistency.Line first = lines.get(0);
    assertEquals(1, first.markerId());
    assertEquals(3, first.marks());
    assertEquals(d("14.00"), first.meanScore());
    assertEquals(2, first.compared(), "task 12 has no final score yet");
    assertEquals(d("3.25"), first.meanDeviation());
    assertEquals(d("3.75"), first.meanAbsoluteDeviation());
    Consistency.Line second = lines.get(1);
    assertEquals(d("-0.25"), second.meanDeviation());
    assertEquals(d("0.75"), second.meanAbsoluteDeviation());
    assertEquals(d("0.00"), lines.get(2).meanDeviation());
  }
}
