package org.zhaokao.physical.domain.sitting;

import java.util.List;
import java.util.Optional;

/** Seats and attempts of a recruitment's physical test. */
public interface Sittings {

  List<Seat> seats(long recruitmentId);

  Optional<Seat> seat(long recruitmentId, long applicationId);

  void add(Seat seat);

  List<Attempt> attempts(long recruitmentId);

  Optional<Attempt> attempt(long recruitmentId, long applicationId, long itemId, int attemptNo);

  void add(Attempt attempt);

  boolean anyAttempt(long recruitmentId);
}
