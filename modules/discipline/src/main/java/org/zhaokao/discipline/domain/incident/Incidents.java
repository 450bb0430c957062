package org.zhaokao.discipline.domain.incident;

import java.util.List;
import java.util.Optional;

/** Every incident, kept. */
public interface Incidents {

  Optional<Incident> find(long id);

  /** Newest first, optionally only those in one status; at most {@code limit}. */
  List<Incident> list(IncidentStatus status, int limit);

  /** The candidate's incidents that were decided, newest first. */
  List<Incident> decidedFor(long candidateId);

  /**
   * The incident whose late score change of this kind waits for approval for the application in the
   * stage, newest first.
   */
  Optional<Incident> awaiting(long applicationId, String stageId, PendingScoreChange change);

  void add(Incident incident);
}
