package org.zhaokao.pipeline.domain.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingTest {

  private static final List<StageWeight> WRITTEN_INTERVIEW_MEDICAL =
      List.of(
          new StageWeight(new BigDecimal("50"), Rounding.DEFAULT),
          new StageWeight(new BigDecimal("50"), Rounding.DEFAULT),
          new StageWeight(BigDecimal.ZERO, Rounding.DEFAULT));

  private static Finalist f(long app, long position, String written, String interview) {
    return new Finalist(
        app,
        position,
        List.of(
            Optional.of(new BigDecimal(written)),
            Optional.of(new BigDecimal(interview)),
            Optional.empty()));
  }

  @Test
  void compositeIsTheSumOfRoundedWeightedScores() {
    // 77.25 × 50 % = 38.625 → 38.63; 81.5 × 50 % = 40.75
    assertEquals(
        new BigDecimal("79.38"),
        Ranking.composite(WRITTEN_INTERVIEW_MEDICAL, f(1, 1, "77.25", "81.5")));
    List<StageWeight> down =
        List.of(
            new StageWeight(new BigDecimal("50"), new Rounding(2, RoundingMode.DOWN)),
            new StageWeight(new BigDecimal("50"), new Rounding(2, RoundingMode.DOWN)),
            new StageWeight(BigDecimal.ZERO, Rounding.DEFAULT));
    assertEquals(new BigDecimal("79.37"), Ranking.composite(down, f(1, 1, "77.25", "81.5")));
  }

  @Test
  void equalCompositesAreOrderedByTheWrittenScoreThenByApplication() {
    List<RankedCandidate> ranked =
        Ranking.rank(
            WRITTEN_INTERVIEW_MEDICAL,
            List.of(
                f(5, 1, "80", "70"), // 75
                f(3, 1, "70", "80"), // 75, lower written
                f(9, 1, "80", "70"), // 75, same as 5, later application
                f(2, 1, "90", "90"),
                f(4, 2, "60", "60")));
    assertEquals(
        List.of(2L, 5L, 9L, 3L, 4L), ranked.stream().map(RankedCandidate::applicationId).toList());
    assertEquals(List.of(1, 2, 3, 4, 1), ranked.stream().map(RankedCandidate::rank).toList());
  }

  @Test
  void aWeightedStageWithoutScoreIsRefused() {
    Finalist missing =
        new Finalist(
            1, 1, List.of(Optional.of(BigDecimal.TEN), Optional.empty(), Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> Ranking.composite(WRITTEN_INTERVIEW_MEDICAL, missing));
  }

  @Test
  void theNextRankedIsProposedWhenAnAdmitWithdraws() {
    List<RankedCandidate> ranked =
        Ranking.rank(
            WRITTEN_INTERVIEW_MEDICAL,
            List.of(f(1, 1, "90", "90"), f(2, 1, "80", "80"), f(3, 1, "70", "70")));
    Map<Long, Integer> headcount = Map.of(1L, 1);
    assertEquals(
        List.of(1L),
        AdmissionProposal.propose(ranked, headcount, Set.of()).stream()
            .map(RankedCandidate::applicationId)
            .toList());
    assertEquals(
        List.of(2L),
        AdmissionProposal.propose(ranked, headcount, Set.of(1L)).stream()
            .map(RankedCandidate::applicationId)
            .toList());
  }
}
