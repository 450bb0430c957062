package org.zhaokao.discipline.domain.blacklist;

import java.time.LocalDate;
import java.util.List;

/** The blacklist (黑名单), every entry kept. */
public interface Blacklist {

  /** The candidate's entries that bar applying on {@code day}, longest first. */
  List<BlacklistEntry> barring(long candidateId, LocalDate day);

  List<BlacklistEntry> ofIncident(long incidentId);

  /** Newest first, at most {@code limit}. */
  List<BlacklistEntry> all(int limit);

  void add(BlacklistEntry entry);
}
