package org.zhaokao.interview.application;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A session's lot drawing: the recorded seed and the drawn order; for a replay, whether the order
 * drawn again from the seed matches the recorded one.
 */
public record DrawView(
    long sessionId, long seed, OffsetDateTime drawnAt, List<Line> order, boolean matchesRecord) {

  /** One candidate's place: order, number plate, application. */
  public record Line(long slotId, long applicationId, int order, String plate) {}
}
