package org.zhaokao.pipeline.application.flow;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.pipeline.domain.flow.Entrant;
import org.zhaokao.pipeline.domain.flow.Pipelines;
import org.zhaokao.pipeline.domain.flow.StageInstance;
import org.zhaokao.plugins.api.roster.StageAssignment;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.plugins.api.roster.StagePhase;
import org.zhaokao.plugins.api.roster.StageRoster;

/**
 * Tells a stage plugin who sits its stage (考生名单): the recruitments whose chain holds it and the
 * entrants of each, with the facts the recruitment module keeps about them. The plugin that shows
 * the names logs those views itself.
 */
@Stateless
@Local(StageRoster.class)
public class Roster implements StageRoster {

  @Inject private Pipelines pipelines;
  @EJB private RecruitmentFacts facts;

  @Override
  public List<StageAssignment> assignments(String stageId) {
    List<StageAssignment> out = new ArrayList<>();
    for (StageInstance stage : pipelines.instancesOf(stageId)) {
      facts
          .recruitment(stage.recruitmentId())
          .ifPresent(
              r ->
                  out.add(
                      new StageAssignment(
                          r.id(),
                          r.title(),
                          r.employerId(),
                          phase(stage),
                          pipelines.entrants(stage.id()).size())));
    }
    return out;
  }

  @Override
  public List<StageEntrant> entrants(String stageId, long recruitmentId) {
    Optional<StageInstance> stage =
        pipelines.chain(recruitmentId).stream()
            .filter(s -> s.stageId().equals(stageId))
            .findFirst();
    Optional<RecruitmentFacts.Facts> recruitment = facts.recruitment(recruitmentId);
    if (stage.isEmpty() || recruitment.isEmpty()) {
      return List.of();
    }
    List<Entrant> entrants = pipelines.entrants(stage.get().id());
    Map<Long, RecruitmentFacts.EntrantFacts> details =
        facts.entrantFacts(entrants.stream().map(Entrant::applicationId).toList());
    List<StageEntrant> out = new ArrayList<>();
    for (Entrant e : entrants) {
      RecruitmentFacts.EntrantFacts d = details.get(e.applicationId());
      RecruitmentFacts.PositionFact position = recruitment.get().positions().get(e.positionId());
      if (d == null || position == null) {
        continue;
      }
      out.add(
          new StageEntrant(
              e.applicationId(),
              e.candidateId(),
              d.realName(),
              d.gender(),
              d.birthDate(),
              d.maskedIdNumber(),
              d.ticketNumber(),
              position.id(),
              position.code(),
              position.title()));
    }
    out.sort(
        Comparator.comparing(StageEntrant::positionCode)
            .thenComparing(en -> en.ticketNumber().orElse(""))
            .thenComparingLong(StageEntrant::applicationId));
    return out;
  }

  @Override
  public Optional<byte[]> photo(String stageId, long applicationId) {
    boolean entered =
        pipelines.entriesOf(applicationId).stream()
            .anyMatch(
                e ->
                    pipelines
                        .stage(e.stageInstanceId())
                        .filter(s -> s.stageId().equals(stageId))
                        .isPresent());
    return entered ? facts.photo(applicationId) : Optional.empty();
  }

  private static StagePhase phase(StageInstance stage) {
    return StagePhase.valueOf(stage.status().name());
  }
}
