package org.zhaokao.pipeline.application.flow;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.zhaokao.pipeline.domain.flow.Pipelines;
import org.zhaokao.pipeline.domain.flow.RecordedOutcome;
import org.zhaokao.pipeline.domain.flow.StageInstance;
import org.zhaokao.plugins.api.records.OutcomeRecord;
import org.zhaokao.plugins.api.records.RecruitmentRecord;
import org.zhaokao.plugins.api.records.RecruitmentRecords;
import org.zhaokao.plugins.api.records.StageRecord;
import org.zhaokao.plugins.api.roster.StagePhase;

/**
 * A recruitment's stage chain and stored outcomes for a plugin that reads whole recruitments (the
 * archive): the same facts the pipeline's result screens show, read-only.
 */
@Stateless
@Local(RecruitmentRecords.class)
public class Records implements RecruitmentRecords {

  @Inject private Pipelines pipelines;
  @EJB private RecruitmentFacts facts;

  @Override
  public Optional<RecruitmentRecord> recruitment(long recruitmentId) {
    return facts
        .recruitment(recruitmentId)
        .map(
            r -> {
              List<StageRecord> stages = new ArrayList<>();
              for (StageInstance stage : pipelines.chain(recruitmentId)) {
                stages.add(
                    new StageRecord(
                        stage.stageId(),
                        stage.seq(),
                        StagePhase.valueOf(stage.status().name()),
                        pipelines.entrants(stage.id()).size(),
                        outcomes(stage.id())));
              }
              return new RecruitmentRecord(r.id(), r.title(), r.employerId(), stages);
            });
  }

  private List<OutcomeRecord> outcomes(long stageInstanceId) {
    return pipelines.outcomes(stageInstanceId).stream()
        .sorted(Comparator.comparingLong(RecordedOutcome::applicationId))
        .map(
            o ->
                new OutcomeRecord(
                    o.applicationId(),
                    o.positionId(),
                    o.status(),
                    o.score(),
                    o.remark(),
                    o.reportedAt()))
        .toList();
  }
}
