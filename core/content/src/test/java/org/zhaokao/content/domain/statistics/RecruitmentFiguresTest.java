package org.zhaokao.content.domain.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecruitmentFiguresTest {

  private static RecruitmentFigures.PositionLoad load(String code, int headcount, long applicants) {
    return RecruitmentFigures.PositionLoad.of(
        code.hashCode(), code, "岗位" + code, headcount, applicants);
  }

  @Test
  void theRatioIsApplicantsPerPlaceWithTwoDecimals() {
    assertEquals("2.33", load("01", 3, 7).ratio().toPlainString());
    assertEquals("0.00", load("02", 2, 0).ratio().toPlainString());
    assertEquals("0.00", load("03", 0, 5).ratio().toPlainString(), "no places: no ratio");
  }

  @Test
  void picksTheMostAndLeastSoughtAfterPositions() {
    RecruitmentFigures f =
        new RecruitmentFigures(
            1,
            Map.of(),
            List.of(load("01", 1, 9), load("02", 2, 2), load("03", 1, 0), load("04", 4, 12)),
            new RecruitmentFigures.Review(0, 0, null),
            List.of(),
            new RecruitmentFigures.Complaints(0, 0),
            List.of());
    assertEquals(
        List.of("01", "04"),
        f.mostSubscribed(2).stream().map(RecruitmentFigures.PositionLoad::code).toList());
    assertEquals(
        List.of("03", "02"),
        f.leastSubscribed(2).stream().map(RecruitmentFigures.PositionLoad::code).toList());
  }
}
