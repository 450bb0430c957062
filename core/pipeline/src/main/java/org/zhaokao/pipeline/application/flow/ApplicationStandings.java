package org.zhaokao.pipeline.application.flow;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.pipeline.domain.admission.AdmissionList;
import org.zhaokao.pipeline.domain.admission.AdmissionListStatus;
import org.zhaokao.pipeline.domain.admission.Admit;
import org.zhaokao.pipeline.domain.admission.AdmitStatus;
import org.zhaokao.pipeline.domain.flow.Entrant;
import org.zhaokao.pipeline.domain.flow.Pipelines;
import org.zhaokao.pipeline.domain.flow.StageInstance;
import org.zhaokao.pipeline.domain.flow.StageInstanceStatus;

/**
 * Where an application stands after the stages published so far: advanced to the next stage,
 * eliminated at a stage, or admitted at the end. Only published results count, so candidates and
 * staff see the same answer. The callers check who may see the application.
 */
@ApplicationScoped
public class ApplicationStandings {

  @Inject private Pipelines pipelines;
  @Inject private Standings standings;
  @Inject private StageInstanceViews views;
  @EJB private RecruitmentFacts facts;

  /** The application's standing, or empty while it has entered no stage. */
  public Optional<Standing> of(long applicationId, long recruitmentId) {
    List<Entrant> entries = pipelines.entriesOf(applicationId);
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    List<StageInstance> chain = pipelines.chain(recruitmentId);
    List<StageInstance> entered =
        chain.stream()
            .filter(s -> entries.stream().anyMatch(e -> e.stageInstanceId() == s.id()))
            .toList();
    if (entered.isEmpty()) {
      return Optional.empty();
    }
    StageInstance last = entered.get(entered.size() - 1);
    if (last.status() != StageInstanceStatus.PUBLISHED) {
      return Optional.of(
          entered.size() == 1
              ? standing(Standing.IN_STAGE, last, null)
              : standing(Standing.ADVANCED, entered.get(entered.size() - 2), last));
    }
    if (last.seq() < chain.size()) {
      // Published, and the next stage (notified on publication) did not take it in.
      return Optional.of(standing(Standing.ELIMINATED, last, null));
    }
    Map<Long, Integer> headcounts =
        facts.recruitment(recruitmentId).map(RecruitmentFacts.Facts::headcounts).orElse(Map.of());
    if (!standings.advancing(last, headcounts).contains(applicationId)) {
      return Optional.of(standing(Standing.ELIMINATED, last, null));
    }
    Optional<AdmissionList> list = pipelines.admissionList(recruitmentId);
    if (list.isEmpty() || list.get().status() != AdmissionListStatus.PUBLISHED) {
      return Optional.of(standing(Standing.ADVANCED, last, null));
    }
    Optional<AdmitStatus> admit =
        pipelines.admits(recruitmentId).stream()
            .filter(a -> a.applicationId() == applicationId)
            .map(Admit::status)
            .findFirst();
    String code =
        admit.filter(a -> a == AdmitStatus.CONFIRMED).isPresent()
            ? Standing.ADMITTED
            : admit.filter(a -> a == AdmitStatus.PROPOSED).isPresent()
                ? Standing.ADVANCED
                : Standing.NOT_ADMITTED;
    return Optional.of(standing(code, last, null));
  }

  private Standing standing(String code, StageInstance stage, StageInstance next) {
    return new Standing(
        code, stage.seq(), views.view(stage).name(), next == null ? null : views.view(next).name());
  }
}
