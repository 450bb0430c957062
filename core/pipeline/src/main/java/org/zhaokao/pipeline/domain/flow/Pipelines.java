package org.zhaokao.pipeline.domain.flow;

import java.util.List;
import java.util.Optional;
import org.zhaokao.pipeline.domain.admission.AdmissionList;
import org.zhaokao.pipeline.domain.admission.Admit;

/** The stored pipeline of every recruitment: stage instances, entrants, outcomes, admission. */
public interface Pipelines {

  /** The recruitment's stage instances in chain order. */
  List<StageInstance> chain(long recruitmentId);

  /** Every stage instance of the given installed stage, newest recruitment first. */
  List<StageInstance> instancesOf(String stageId);

  Optional<StageInstance> stage(long stageInstanceId);

  /** Locks the stage instance for a change of its outcomes (one writer at a time). */
  Optional<StageInstance> stageForUpdate(long stageInstanceId);

  void add(StageInstance stage);

  /** Removes the stage instances of a chain that has not started. */
  void removeChain(long recruitmentId);

  List<Entrant> entrants(long stageInstanceId);

  void add(Entrant entrant);

  List<RecordedOutcome> outcomes(long stageInstanceId);

  Optional<RecordedOutcome> outcome(long stageInstanceId, long applicationId);

  void add(RecordedOutcome outcome);

  /** Removes an outcome that only a disqualification had put there. */
  void remove(RecordedOutcome outcome);

  /** Every stage instance an application entered, with the recruitment's chain order. */
  List<Entrant> entriesOf(long applicationId);

  Optional<AdmissionList> admissionList(long recruitmentId);

  void add(AdmissionList list);

  List<Admit> admits(long recruitmentId);

  void add(Admit admit);
}
