package org.zhaokao.web.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhaokao.pipeline.application.flow.ResultLine;

/** The results chart's score bands: edges, the full score, unscored lines, no full score set. */
class ScoreBandsTest {

  private static ResultLine line(String score, boolean advancing) {
    return new ResultLine(
        1,
        1,
        "岗位",
        score == null ? "ABSENT" : "PASSED",
        score == null ? null : new BigDecimal(score),
        null,
        advancing,
        null,
        null);
  }

  @Test
  void scoresFallIntoTenBandsUpToTheFullScoreWhichTheLastBandHolds() {
    List<ScoreBands.Band> bands =
        ScoreBands.of(
            List.of(
                line("0", false),
                line("9.99", false),
                line("10", false),
                line("59.5", false),
                line("60", true),
                line("88.5", true),
                line("100", true),
                line(null, false)),
            new BigDecimal("100"));
    assertEquals(10, bands.size());
    assertEquals("0–10", bands.get(0).label());
    assertEquals("90–100", bands.get(9).label());
    assertEquals(2, bands.get(0).others());
    assertEquals(1, bands.get(1).others());
    assertEquals(1, bands.get(5).others());
    assertEquals(1, bands.get(6).advancing());
    assertEquals(1, bands.get(8).advancing());
    assertEquals(1, bands.get(9).advancing());
    assertEquals(7, bands.stream().mapToInt(ScoreBands.Band::total).sum());
  }

  @Test
  void withoutAFullScoreTheBestScoreSetsTheRange() {
    List<ScoreBands.Band> bands = ScoreBands.of(List.of(line("15", true), line("30", false)), null);
    assertEquals("27–30", bands.get(9).label());
    assertEquals(1, bands.get(9).others());
    assertEquals(1, bands.get(5).advancing());
  }

  @Test
  void noScoresGiveEmptyBandsOfAHundred() {
    List<ScoreBands.Band> bands = ScoreBands.of(List.of(line(null, false)), BigDecimal.ZERO);
    assertEquals("90–100", bands.get(9).label());
    assertEquals(0, bands.stream().mapToInt(ScoreBands.Band::total).sum());
  }

  @Test
  void oddFullScoresKeepTwoDecimalsInLabels() {
    List<ScoreBands.Band> bands = ScoreBands.of(List.of(line("7.5", true)), new BigDecimal("7.5"));
    assertEquals("0–0.75", bands.get(0).label());
    assertEquals("6.75–7.5", bands.get(9).label());
    assertEquals(1, bands.get(9).advancing());
  }
}
