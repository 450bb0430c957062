package org.zhaokao.pipeline.application.flow;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.zhaokao.pipeline.application.flow.RecruitmentFacts.Facts;
import org.zhaokao.pipeline.domain.admission.AdmissionList;
import org.zhaokao.pipeline.domain.flow.Entrant;
import org.zhaokao.pipeline.domain.flow.Pipelines;
import org.zhaokao.pipeline.domain.flow.RecordedOutcome;
import org.zhaokao.pipeline.domain.flow.StageInstance;
import org.zhaokao.pipeline.domain.flow.StageInstanceStatus;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Reading results: a stage's table for staff and the employer, and the final ranking with its
 * hashes; the verifier recomputes the ranking from stored outcomes and compares it with what was
 * recorded when the admission list was proposed.
 */
@Stateless
public class Results {

  @Inject private Pipelines pipelines;
  @Inject private PipelineAccess access;
  @Inject private StageLookup stages;
  @Inject private StageInstanceViews views;
  @Inject private Standings standings;
  @EJB private RecruitmentFacts facts;

  /**
   * What the verifier found.
   *
   * @param matches whether the recomputation equals the record (both hashes)
   * @param recordedInputsSha256 recorded when the admission list was proposed
   * @param recordedRankingSha256 likewise
   * @param inputsSha256 recomputed now
   * @param rankingSha256 recomputed now
   */
  public record Verification(
      boolean matches,
      String recordedInputsSha256,
      String recordedRankingSha256,
      String inputsSha256,
      String rankingSha256) {}

  /** A stage's results table with advancement and distribution. */
  public StageResultsView stageResults(Actor actor, long stageInstanceId) {
    StageInstance s = stages.find(stageInstanceId);
    Facts r = access.visible(actor, s.recruitmentId());
    Set<Long> advancing = standings.advancing(s, r.headcounts());
    Map<String, Long> distribution = new TreeMap<>();
    List<ResultLine> lines =
        standings.entrants(s).values().stream()
            .map(
                e -> {
                  Optional<RecordedOutcome> o = pipelines.outcome(s.id(), e.applicationId());
                  String status = o.map(x -> x.status().name()).orElse(null);
                  distribution.merge(status == null ? "PENDING" : status, 1L, Long::sum);
                  return line(r, e, o, advancing.contains(e.applicationId()));
                })
            .toList();
    access.record(
        access
            .entry(actor, "pipeline.results.viewed")
            .target("stage-instance", String.valueOf(s.id()))
            .detail("recruitment", String.valueOf(s.recruitmentId())));
    return new StageResultsView(views.view(s), lines, distribution);
  }

  /** The final ranking, once the last stage has results. */
  public RankingView ranking(Actor actor, long recruitmentId) {
    Facts r = access.visible(actor, recruitmentId);
    return compute(r);
  }

  /** Recomputes the ranking and compares it with what was recorded at the admission proposal. */
  public Verification verify(Actor actor, long recruitmentId) {
    Facts r = access.visible(actor, recruitmentId);
    AdmissionList list =
        pipelines
            .admissionList(recruitmentId)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "ranking.not-recorded",
                        "No ranking was recorded: propose the admission first"));
    RankingView now = compute(r);
    boolean matches =
        now.inputsSha256().equals(list.inputsSha256())
            && now.rankingSha256().equals(list.rankingSha256());
    access.record(
        access
            .entry(actor, "pipeline.ranking.verified")
            .target("recruitment", String.valueOf(recruitmentId))
            .detail("matches", String.valueOf(matches)));
    return new Verification(
        matches,
        list.inputsSha256(),
        list.rankingSha256(),
        now.inputsSha256(),
        now.rankingSha256());
  }

  RankingView compute(Facts r) {
    List<StageInstance> chain = pipelines.chain(r.id());
    if (chain.isEmpty()
        || chain.get(chain.size() - 1).status().compareTo(StageInstanceStatus.RESULTS_ENTERED)
            < 0) {
      throw new ConflictException(
          "ranking.not-ready", "The ranking exists once the last stage has its results");
    }
    Standings.Computed c = standings.rank(chain, r.headcounts());
    List<RankingView.Line> lines =
        c.ranked().stream()
            .map(
                x ->
                    new RankingView.Line(
                        x.positionId(),
                        r.positionTitle(x.positionId()),
                        x.rank(),
                        x.applicationId(),
                        x.composite(),
                        x.finalist().scores().stream()
                            .map(o -> o.map(BigDecimal::toPlainString).orElse(""))
                            .toList()))
            .toList();
    return new RankingView(r.id(), c.inputsSha256(), c.rankingSha256(), lines);
  }

  private static ResultLine line(
      Facts r, Entrant e, Optional<RecordedOutcome> o, boolean advancing) {
    return new ResultLine(
        e.applicationId(),
        e.positionId(),
        r.positionTitle(e.positionId()),
        o.map(x -> x.status().name()).orElse(null),
        o.flatMap(RecordedOutcome::score).orElse(null),
        o.map(RecordedOutcome::remark).orElse(""),
        advancing,
        o.flatMap(RecordedOutcome::pendingStatus).map(Enum::name).orElse(null),
        o.flatMap(RecordedOutcome::pendingScore).orElse(null));
  }
}
