package org.zhaokao.pipeline.application.flow;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.pipeline.application.flow.RecruitmentFacts.Candidacy;
import org.zhaokao.pipeline.application.flow.RecruitmentFacts.Facts;
import org.zhaokao.pipeline.domain.admission.AdmissionList;
import org.zhaokao.pipeline.domain.admission.AdmissionListStatus;
import org.zhaokao.pipeline.domain.admission.Admit;
import org.zhaokao.pipeline.domain.flow.Entrant;
import org.zhaokao.pipeline.domain.flow.Pipelines;
import org.zhaokao.pipeline.domain.flow.RecordedOutcome;
import org.zhaokao.pipeline.domain.flow.StageInstance;
import org.zhaokao.pipeline.domain.flow.StageInstanceStatus;
import org.zhaokao.platform.validation.AccessDeniedException;
import org.zhaokao.plugins.api.security.Actor;

/**
 * A candidate's own results (我的成绩): per application the stages entered, with score and outcome once
 * published, the rank once the admission list is public, and the next step. Only published figures
 * are shown: the employer has not confirmed anything else.
 */
@Stateless
public class MyResults {

  @Inject private Pipelines pipelines;
  @Inject private StageInstanceViews views;
  @Inject private Standings standings;
  @EJB private RecruitmentFacts facts;

  /**
   * One application's progress.
   *
   * @param nextStep NOTIFIED (has the notice of a stage not yet begun), WAITING (stage running),
   *     NEXT_STAGE (advanced; the next stage's notice follows), ELIMINATED, AWAIT_ADMISSION,
   *     ADMITTED, NOT_ADMITTED
   */
  public record Progress(
      long applicationId,
      long recruitmentId,
      String recruitment,
      String position,
      List<StageLine> stages,
      Integer rank,
      String admission,
      String nextStep) {}

  /**
   * One stage as the candidate sees it.
   *
   * @param published whether the results are published; outcome, score and advanced are null until
   *     then
   * @param schedule when and where the stage takes place, or null until set
   */
  public record StageLine(
      int seq,
      String stageId,
      Map<String, String> name,
      String stageStatus,
      boolean published,
      String outcome,
      BigDecimal score,
      Boolean advanced,
      ScheduleForm schedule) {}

  /**
   * When and where the application's next sitting is (printed on the admission ticket): the
   * scheduled stage it is in that has not published its results yet, else the chain's first stage.
   * The caller has checked that the viewer may see the application.
   */
  public Optional<ScheduleForm> currentSchedule(long applicationId, long recruitmentId) {
    List<StageInstance> chain = pipelines.chain(recruitmentId);
    List<Entrant> entries = pipelines.entriesOf(applicationId);
    Optional<StageInstance> current =
        chain.stream()
            .filter(s -> entries.stream().anyMatch(e -> e.stageInstanceId() == s.id()))
            .filter(s -> s.status() != StageInstanceStatus.PUBLISHED)
            .reduce((a, b) -> b);
    if (entries.isEmpty()) {
      current = chain.stream().findFirst();
    }
    return current.flatMap(StageInstance::schedule).map(ScheduleForm::of);
  }

  public List<Progress> mine(Actor actor) {
    if (!actor.principal().map(p -> p.candidate()).orElse(false)
        || !actor.isPermitted("candidate:self")) {
      throw new AccessDeniedException("Only a candidate has results");
    }
    List<Progress> out = new ArrayList<>();
    for (Candidacy c : facts.ofCandidate(actor.accountId())) {
      List<Entrant> entries = pipelines.entriesOf(c.applicationId());
      if (entries.isEmpty()) {
        continue;
      }
      Facts r = facts.recruitment(c.recruitmentId()).orElseThrow();
      out.add(progress(c, r, entries));
    }
    return out;
  }

  private Progress progress(Candidacy c, Facts r, List<Entrant> entries) {
    List<StageInstance> chain = pipelines.chain(r.id());
    List<StageLine> lines = new ArrayList<>();
    String next = "WAITING";
    for (StageInstance s : chain) {
      boolean entered = entries.stream().anyMatch(e -> e.stageInstanceId() == s.id());
      if (!entered) {
        continue;
      }
      StageInstanceView v = views.view(s);
      boolean published = s.status() == StageInstanceStatus.PUBLISHED;
      Optional<RecordedOutcome> o =
          published ? pipelines.outcome(s.id(), c.applicationId()) : Optional.empty();
      Boolean advanced = null;
      if (published) {
        boolean inNext =
            chain.stream()
                .filter(n -> n.seq() == s.seq() + 1)
                .anyMatch(n -> entries.stream().anyMatch(e -> e.stageInstanceId() == n.id()));
        boolean last = s.seq() == chain.size();
        boolean goesOn =
            last ? standings.advancing(s, r.headcounts()).contains(c.applicationId()) : inNext;
        advanced = goesOn;
        next = !goesOn ? "ELIMINATED" : last ? "AWAIT_ADMISSION" : "NEXT_STAGE";
      } else {
        next = s.status() == StageInstanceStatus.NOTIFIED ? "NOTIFIED" : "WAITING";
      }
      lines.add(
          new StageLine(
              s.seq(),
              s.stageId(),
              v.name(),
              s.status().name(),
              published,
              o.map(x -> x.status().name()).orElse(null),
              o.flatMap(RecordedOutcome::score).orElse(null),
              advanced,
              v.schedule()));
    }
    Integer rank = null;
    String admission = null;
    Optional<AdmissionList> list = pipelines.admissionList(r.id());
    if (list.isPresent() && list.get().status() == AdmissionListStatus.PUBLISHED) {
      Optional<Admit> admit =
          pipelines.admits(r.id()).stream()
              .filter(a -> a.applicationId() == c.applicationId())
              .findFirst();
      admission = admit.map(a -> a.status().name()).orElse("NOT_LISTED");
      rank = admit.map(Admit::rank).orElse(null);
      if ("AWAIT_ADMISSION".equals(next)) {
        next =
            admit.filter(a -> a.status().name().equals("CONFIRMED")).isPresent()
                ? "ADMITTED"
                : "NOT_ADMITTED";
      }
    }
    return new Progress(
        c.applicationId(),
        r.id(),
        r.title(),
        r.positionTitle(c.positionId()),
        lines,
        rank,
        admission,
        next);
  }
}
