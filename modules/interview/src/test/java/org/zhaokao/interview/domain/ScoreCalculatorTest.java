package org.zhaokao.interview.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreCalculatorTest {

  private static final List<Dimension> SCHEME =
      List.of(
          dim("analysis", 30, 30),
          dim("planning", 20, 20),
          dim("communication", 20, 20),
          dim("adaptability", 30, 10));

  private static final Rounding TWO_HALF_UP = new Rounding(2, RoundingMode.HALF_UP);

  @Test
  void weightsEachDimensionByItsShareOfTheRange() {
    // 24/30×30 + 15/20×20 + 18/20×20 + 8/10×30 = 24 + 15 + 18 + 24 = 81
    BigDecimal total =
        ScoreCalculator.total(
            SCHEME,
            Map.of(
                "analysis",
                d(24),
                "planning",
                d(15),
                "communication",
                d(18),
                "adaptability",
                d(8)));
    assertEquals(0, d(81).compareTo(total), total.toPlainString());
  }

  @Test
  void dropsTheHighestAndLowestFromFiveExaminersOn() {
    // 70, 80, 82, 84, 95 → (80 + 82 + 84) / 3 = 82
    BigDecimal mean = ScoreCalculator.trimmedMean(List.of(d(84), d(95), d(70), d(80), d(82)));
    assertEquals(0, d(82).compareTo(mean), mean.toPlainString());
  }

  @Test
  void averagesEveryTotalBelowFiveExaminers() {
    // 70, 80, 95, 84 → 329 / 4 = 82.25
    BigDecimal mean = ScoreCalculator.trimmedMean(List.of(d(70), d(80), d(95), d(84)));
    assertEquals(new BigDecimal("82.25"), TWO_HALF_UP.apply(mean));
  }

  @Test
  void dropsOnlyOneOfTiedExtremes() {
    // 80, 80, 85, 90, 90 → (80 + 85 + 90) / 3 = 85
    BigDecimal mean = ScoreCalculator.trimmedMean(List.of(d(80), d(90), d(85), d(80), d(90)));
    assertEquals(0, d(85).compareTo(mean));
  }

  @Test
  void roundsOnceAtTheEndAsConfigured() {
    // 80, 81, 81 → 242 / 3 = 80.666…
    List<BigDecimal> totals = List.of(d(80), d(81), d(81));
    BigDecimal mean = ScoreCalculator.trimmedMean(totals);
    assertEquals(new BigDecimal("80.67"), TWO_HALF_UP.apply(mean));
    assertEquals(new BigDecimal("80.66"), new Rounding(2, RoundingMode.DOWN).apply(mean));
    assertEquals(new BigDecimal("81"), new Rounding(0, RoundingMode.HALF_UP).apply(mean));
    // Half even: 82.125 → 82.12, half up → 82.13.
    BigDecimal half = new BigDecimal("82.125");
    assertEquals(new BigDecimal("82.12"), new Rounding(2, RoundingMode.HALF_EVEN).apply(half));
    assertEquals(new BigDecimal("82.13"), TWO_HALF_UP.apply(half));
  }

  @Test
  void scoresACandidateFromFiveSheetsByHand() {
    List<Dimension> two = List.of(dim("a", 60, 60), dim("b", 40, 40));
    // Totals: 81.5, 77, 90, 60, 85.25 → drop 90 and 60 → (81.5 + 77 + 85.25) / 3 = 81.25
    List<Map<String, BigDecimal>> sheets =
        List.of(
            Map.of("a", d("50"), "b", d("31.5")),
            Map.of("a", d("45"), "b", d("32")),
            Map.of("a", d("55"), "b", d("35")),
            Map.of("a", d("30"), "b", d("30")),
            Map.of("a", d("52.25"), "b", d("33")));
    assertEquals(new BigDecimal("81.25"), ScoreCalculator.score(two, sheets, TWO_HALF_UP));
  }

  @Test
  void refusesASheetWithoutEveryDimension() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ScoreCalculator.total(SCHEME, Map.of("analysis", d(20))));
    assertThrows(IllegalArgumentException.class, () -> ScoreCalculator.trimmedMean(List.of()));
  }

  @Test
  void refusesAnUnannouncedRoundingMode() {
    assertThrows(IllegalArgumentException.class, () -> new Rounding(2, RoundingMode.CEILING));
    assertThrows(IllegalArgumentException.class, () -> new Rounding(4, RoundingMode.HALF_UP));
  }

  private static Dimension dim(String code, int weight, int max) {
    return new Dimension(
        code, code, BigDecimal.valueOf(weight), BigDecimal.ZERO, BigDecimal.valueOf(max));
  }

  private static BigDecimal d(int v) {
    return BigDecimal.valueOf(v);
  }

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }
}
