package org.zhaokao.pipeline.domain.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;

/**
 * The ranking and cut-line rules against straightforward reference definitions: a candidate
 * advances under 1:n when fewer than headcount × n eligible candidates of the position scored
 * strictly higher; a candidate's rank is one plus the number of the position's candidates who beat
 * it in the documented order. Scores are drawn from a small set so ties are frequent.
 */
class RankingPropertyTest {

  private static final List<StageWeight> CHAIN =
      List.of(
          new StageWeight(new BigDecimal("40"), Rounding.DEFAULT),
          new StageWeight(new BigDecimal("60"), Rounding.DEFAULT),
          new StageWeight(BigDecimal.ZERO, Rounding.DEFAULT));

  @Provide
  Arbitrary<List<StageResult>> results() {
    Arbitrary<StageResult> one =
        Combinators.combine(
                Arbitraries.longs().between(1, 4),
                Arbitraries.of(OutcomeStatus.class),
                Arbitraries.integers().between(50, 60))
            .as((pos, status, score) -> StageResult.of(0, pos, status, statusScore(status, score)));
    return one.list().ofMaxSize(60).map(RankingPropertyTest::numbered);
  }

  @Provide
  Arbitrary<List<Finalist>> finalists() {
    Arbitrary<Finalist> one =
        Combinators.combine(
                Arbitraries.longs().between(1, 3),
                Arbitraries.integers().between(70, 74),
                Arbitraries.integers().between(70, 74))
            .as(
                (pos, a, b) ->
                    new Finalist(
                        0,
                        pos,
                        List.of(
                            Optional.of(BigDecimal.valueOf(a)),
                            Optional.of(BigDecimal.valueOf(b)),
                            Optional.empty())));
    return one.list()
        .ofMaxSize(40)
        .map(
            list -> {
              List<Finalist> out = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                Finalist f = list.get(i);
                out.add(new Finalist(1000 - i, f.positionId(), f.scores()));
              }
              return out;
            });
  }

  @Property
  void ratioCutMatchesTheReference(
      @ForAll("results") List<StageResult> results,
      @ForAll @IntRange(min = 1, max = 4) int ratio,
      @ForAll @IntRange(min = 0, max = 3) int headcount) {
    Map<Long, Integer> places = new HashMap<>();
    for (long p = 1; p <= 4; p++) {
      places.put(p, headcount);
    }
    Set<Long> expected = new HashSet<>();
    for (StageResult r : results) {
      if (r.status() != OutcomeStatus.PASSED) {
        continue;
      }
      long higher =
          results.stream()
              .filter(o -> o.positionId() == r.positionId() && o.status() == OutcomeStatus.PASSED)
              .filter(o -> o.score().get().compareTo(r.score().get()) > 0)
              .count();
      if (higher < (long) headcount * ratio) {
        expected.add(r.applicationId());
      }
    }
    assertEquals(
        expected, Advancement.advancing(AdvancementRule.ratio(ratio, null), results, places));
  }

  @Property
  void rankingMatchesPairwiseReference(@ForAll("finalists") List<Finalist> finalists) {
    List<RankedCandidate> ranked = Ranking.rank(CHAIN, finalists);
    assertEquals(finalists.size(), ranked.size());
    for (RankedCandidate r : ranked) {
      long beaten =
          finalists.stream()
              .filter(o -> o.positionId() == r.positionId())
              .filter(o -> beats(o, r.finalist()))
              .count();
      assertEquals(beaten + 1, r.rank(), "rank of application " + r.applicationId());
    }
  }

  @Property
  void admissionTakesTheBestAvailableUpToHeadcount(
      @ForAll("finalists") List<Finalist> finalists,
      @ForAll @IntRange(min = 0, max = 3) int headcount,
      @ForAll @IntRange(min = 0, max = 5) int withdrawn) {
    List<RankedCandidate> ranked = Ranking.rank(CHAIN, finalists);
    Set<Long> out = new HashSet<>();
    ranked.stream().limit(withdrawn).forEach(r -> out.add(r.applicationId()));
    Map<Long, Integer> places = Map.of(1L, headcount, 2L, headcount, 3L, headcount);
    List<RankedCandidate> proposed = AdmissionProposal.propose(ranked, places, out);
    for (RankedCandidate r : ranked) {
      long betterAvailable =
          ranked.stream()
              .filter(o -> o.positionId() == r.positionId() && o.rank() < r.rank())
              .filter(o -> !out.contains(o.applicationId()))
              .count();
      boolean expected = !out.contains(r.applicationId()) && betterAvailable < headcount;
      assertEquals(expected, proposed.contains(r), "application " + r.applicationId());
    }
  }

  /** Reference order written out by hand: composite, then raw stage scores in order, then id. */
  private static boolean beats(Finalist a, Finalist b) {
    if (a.applicationId() == b.applicationId()) {
      return false;
    }
    BigDecimal ca = referenceComposite(a);
    BigDecimal cb = referenceComposite(b);
    if (ca.compareTo(cb) != 0) {
      return ca.compareTo(cb) > 0;
    }
    for (int i = 0; i < 2; i++) {
      int c = a.scores().get(i).get().compareTo(b.scores().get(i).get());
      if (c != 0) {
        return c > 0;
      }
    }
    return a.applicationId() < b.applicationId();
  }

  private static BigDecimal referenceComposite(Finalist f) {
    BigDecimal written = f.scores().get(0).get().multiply(new BigDecimal("0.4"));
    BigDecimal interview = f.scores().get(1).get().multiply(new BigDecimal("0.6"));
    return written
        .setScale(2, java.math.RoundingMode.HALF_UP)
        .add(interview.setScale(2, java.math.RoundingMode.HALF_UP));
  }

  private static Integer statusScore(OutcomeStatus status, int score) {
    return status == OutcomeStatus.ABSENT || status == OutcomeStatus.DISQUALIFIED ? null : score;
  }

  private static List<StageResult> numbered(List<StageResult> list) {
    List<StageResult> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      StageResult r = list.get(i);
      out.add(new StageResult(i + 1, r.positionId(), r.status(), r.score()));
    }
    return out;
  }
}
