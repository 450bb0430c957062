package org.zhaokao.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.zhaokao.pipeline.domain.ranking.AdmissionProposal;
import org.zhaokao.pipeline.domain.ranking.Advancement;
import org.zhaokao.pipeline.domain.ranking.AdvancementRule;
import org.zhaokao.pipeline.domain.ranking.Finalist;
import org.zhaokao.pipeline.domain.ranking.RankedCandidate;
import org.zhaokao.pipeline.domain.ranking.Ranking;
import org.zhaokao.pipeline.domain.ranking.Rounding;
import org.zhaokao.pipeline.domain.ranking.StageResult;
import org.zhaokao.pipeline.domain.ranking.StageWeight;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;

/**
 * Ranks 1,000,000 applications over 10,000 positions through three stages with the production
 * arithmetic and prints the time. Scores have one decimal, so ties at cut lines are common. Fixed
 * seed: every run ranks the same data.
 */
public final class RankingBenchmark {

  private static final int APPLICATIONS = 1_000_000;
  private static final int POSITIONS = 10_000;

  private RankingBenchmark() {}

  public static void main(String[] args) {
    Random random = new Random(20261127L);
    Map<Long, Integer> headcount = new HashMap<>();
    for (long p = 1; p <= POSITIONS; p++) {
      headcount.put(p, 1 + random.nextInt(5));
    }
    long[] position = new long[APPLICATIONS + 1];
    List<StageResult> written = new ArrayList<>(APPLICATIONS);
    for (int a = 1; a <= APPLICATIONS; a++) {
      position[a] = 1 + random.nextInt(POSITIONS);
      OutcomeStatus s = random.nextInt(50) == 0 ? OutcomeStatus.ABSENT : OutcomeStatus.PASSED;
      written.add(result(a, position[a], s, s == OutcomeStatus.ABSENT ? null : score(random)));
    }
    long start = System.nanoTime();
    long t0 = start;

    Set<Long> afterWritten =
        Advancement.advancing(AdvancementRule.ratio(3, new BigDecimal("60")), written, headcount);
    long t1 = System.nanoTime();

    Map<Long, BigDecimal> writtenScore = new HashMap<>();
    written.forEach(r -> r.score().ifPresent(s -> writtenScore.put(r.applicationId(), s)));
    List<StageResult> interview = new ArrayList<>(afterWritten.size());
    Map<Long, BigDecimal> interviewScore = new HashMap<>();
    for (long a : afterWritten) {
      BigDecimal s = score(random);
      interviewScore.put(a, s);
      interview.add(result(a, position[(int) a], OutcomeStatus.PASSED, s));
    }
    Set<Long> afterInterview =
        Advancement.advancing(
            AdvancementRule.minimumScore(new BigDecimal("65")), interview, headcount);
    long t2 = System.nanoTime();

    List<StageResult> medical = new ArrayList<>(afterInterview.size());
    for (long a : afterInterview) {
      OutcomeStatus s = random.nextInt(20) == 0 ? OutcomeStatus.FAILED : OutcomeStatus.PASSED;
      medical.add(result(a, position[(int) a], s, null));
    }
    Set<Long> finalists = Advancement.advancing(AdvancementRule.passFail(), medical, headcount);
    long t3 = System.nanoTime();

    Rounding rounding = new Rounding(2, RoundingMode.HALF_UP);
    List<StageWeight> chain =
        List.of(
            new StageWeight(new BigDecimal("50"), rounding),
            new StageWeight(new BigDecimal("50"), rounding),
            new StageWeight(BigDecimal.ZERO, rounding));
    List<Finalist> list = new ArrayList<>(finalists.size());
    for (long a : finalists) {
      list.add(
          new Finalist(
              a,
              position[(int) a],
              List.of(
                  Optional.of(writtenScore.get(a)),
                  Optional.of(interviewScore.get(a)),
                  Optional.empty())));
    }
    List<RankedCandidate> ranked = Ranking.rank(chain, list);
    List<RankedCandidate> admitted = AdmissionProposal.propose(ranked, headcount, Set.of());
    long end = System.nanoTime();

    System.out.printf(
        "applications %,d, positions %,d%n"
            + "written (1:3, ties advance)  %,8d advance  %6d ms%n"
            + "interview (minimum 65)       %,8d advance  %6d ms%n"
            + "medical (pass/fail)          %,8d advance  %6d ms%n"
            + "composite ranking + admission %,7d ranked, %,d admitted  %6d ms%n"
            + "total %d ms (target 20000 ms)%n",
        APPLICATIONS,
        POSITIONS,
        afterWritten.size(),
        ms(t0, t1),
        afterInterview.size(),
        ms(t1, t2),
        finalists.size(),
        ms(t2, t3),
        ranked.size(),
        admitted.size(),
        ms(t3, end),
        ms(start, end));
  }

  private static StageResult result(long app, long position, OutcomeStatus s, BigDecimal score) {
    return new StageResult(app, position, s, Optional.ofNullable(score));
  }

  private static BigDecimal score(Random random) {
    return BigDecimal.valueOf(400 + random.nextInt(601), 1);
  }

  private static long ms(long from, long to) {
    return (to - from) / 1_000_000;
  }
}
