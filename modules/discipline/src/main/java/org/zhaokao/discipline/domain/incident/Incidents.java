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

  void add(Incident incident);
}
