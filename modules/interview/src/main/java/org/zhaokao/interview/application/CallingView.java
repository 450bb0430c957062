package org.zhaokao.interview.application;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The calling screen (叫号屏) of a session as the server sees it now: the candidate answering with the
 * time left by the server's clock and the warnings reached, and the queue in drawn order — by
 * number plate only, since the screen faces the room.
 */
public record CallingView(
    long sessionId,
    OffsetDateTime serverNow,
    int answerSeconds,
    List<Integer> warningSeconds,
    Current current,
    List<Place> queue)
    implements java.io.Serializable {

  /** The candidate answering now. */
  public record Current(
      long slotId,
      int order,
      String plate,
      OffsetDateTime calledAt,
      OffsetDateTime endsAt,
      long remainingSeconds,
      List<Integer> warningsReached)
      implements java.io.Serializable {}

  /** One drawn place: WAITING, ANSWERING or DONE, with the recording references. */
  public record Place(
      long slotId,
      int order,
      String plate,
      String state,
      OffsetDateTime calledAt,
      OffsetDateTime answerEndedAt,
      List<String> recordings)
      implements java.io.Serializable {}

  /** How many still wait. */
  public long waiting() {
    return queue.stream().filter(p -> p.state().equals("WAITING")).count();
  }
}
