package org.zhaokao.pipeline.application.flow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.zhaokao.pipeline.domain.flow.Entrant;
import org.zhaokao.pipeline.domain.flow.Pipelines;
import org.zhaokao.pipeline.domain.flow.RecordedOutcome;
import org.zhaokao.pipeline.domain.flow.StageInstance;
import org.zhaokao.pipeline.domain.ranking.Advancement;
import org.zhaokao.pipeline.domain.ranking.Finalist;
import org.zhaokao.pipeline.domain.ranking.RankedCandidate;
import org.zhaokao.pipeline.domain.ranking.Ranking;
import org.zhaokao.pipeline.domain.ranking.StageResult;
import org.zhaokao.pipeline.domain.ranking.StageWeight;

/**
 * Reads stored outcomes into the ranking arithmetic: who advances out of a stage, who is a
 * finalist, the final ranking, and the SHA-256 of exactly the inputs the ranking was computed from
 * (so an export can be checked against a recomputation).
 */
@ApplicationScoped
public class Standings {

  @Inject private Pipelines pipelines;

  /** The applications the stage's rule advances, on its current outcomes. */
  public Set<Long> advancing(StageInstance stage, Map<Long, Integer> headcount) {
    List<StageResult> results =
        pipelines.outcomes(stage.id()).stream().map(RecordedOutcome::result).toList();
    return Advancement.advancing(stage.settings().rule(), results, headcount);
  }

  /**
   * The final ranking: the candidates the last stage advances, ranked by composite score.
   *
   * @param chain the recruitment's stages in order; the last must have outcomes
   */
  public Computed rank(List<StageInstance> chain, Map<Long, Integer> headcount) {
    StageInstance last = chain.get(chain.size() - 1);
    Set<Long> finalists = advancing(last, headcount);
    List<Map<Long, RecordedOutcome>> byStage = new ArrayList<>();
    StringBuilder inputs = new StringBuilder();
    new TreeMap<>(headcount)
        .forEach(
            (p, n) -> inputs.append("headcount,").append(p).append(',').append(n).append('\n'));
    for (StageInstance s : chain) {
      Map<Long, RecordedOutcome> outcomes = new TreeMap<>();
      pipelines.outcomes(s.id()).forEach(o -> outcomes.put(o.applicationId(), o));
      byStage.add(outcomes);
      inputs
          .append("stage,")
          .append(s.seq())
          .append(',')
          .append(s.stageId())
          .append(',')
          .append(s.settings().encode())
          .append('\n');
      outcomes
          .values()
          .forEach(
              o ->
                  inputs
                      .append("outcome,")
                      .append(s.seq())
                      .append(',')
                      .append(o.applicationId())
                      .append(',')
                      .append(o.positionId())
                      .append(',')
                      .append(o.status())
                      .append(',')
                      .append(o.score().map(BigDecimal::toPlainString).orElse(""))
                      .append('\n'));
    }
    List<StageWeight> weights = chain.stream().map(s -> s.settings().weight()).toList();
    List<Finalist> list = new ArrayList<>();
    for (Long id : new java.util.TreeSet<>(finalists)) {
      List<Optional<BigDecimal>> scores = new ArrayList<>();
      long position = 0;
      for (Map<Long, RecordedOutcome> stage : byStage) {
        RecordedOutcome o = stage.get(id);
        scores.add(o == null ? Optional.empty() : o.score());
        if (o != null) {
          position = o.positionId();
        }
      }
      list.add(new Finalist(id, position, scores));
    }
    List<RankedCandidate> ranked = Ranking.rank(weights, list);
    StringBuilder out = new StringBuilder();
    ranked.forEach(
        r ->
            out.append(r.positionId())
                .append(',')
                .append(r.rank())
                .append(',')
                .append(r.applicationId())
                .append(',')
                .append(r.composite().toPlainString())
                .append('\n'));
    return new Computed(ranked, sha256(inputs.toString()), sha256(out.toString()));
  }

  /**
   * A computed ranking.
   *
   * @param ranked lines by position, then rank
   * @param inputsSha256 SHA-256 (hex) of the inputs: headcounts, stage settings, every outcome
   * @param rankingSha256 SHA-256 (hex) of the result: position, rank, application, composite
   */
  public record Computed(List<RankedCandidate> ranked, String inputsSha256, String rankingSha256) {}

  /** The entrants of a stage by application id. */
  public Map<Long, Entrant> entrants(StageInstance stage) {
    Map<Long, Entrant> out = new TreeMap<>();
    pipelines.entrants(stage.id()).forEach(e -> out.put(e.applicationId(), e));
    return out;
  }

  static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
