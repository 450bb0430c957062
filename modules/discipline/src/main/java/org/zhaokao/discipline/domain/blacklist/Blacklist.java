package org.zhaokao.discipline.domain.blacklist;

import java.time.LocalDate;
import java.util.List;

/** The blacklist (黑名单), every entry kept. */
public interface Blacklist {

  /**
   * The candidate's entries that bar applying to a recruitment of {@code employerId} on {@code
   * day}, longest first: those for every employer and those limited to this one.
   */
  List<BlacklistEntry> barring(long candidateId, long employerId, LocalDate day);

  List<BlacklistEntry> ofIncident(long incidentId);

  /** Newest first, at most {@code limit}. */
  List<BlacklistEntry> all(int limit);

  void add(BlacklistEntry entry);
}
