package org.zhaokao.it.cluster;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What one candidate's client knows of its saves: the last acknowledged save per question, how many
 * saves were acknowledged and sent again, and the longest wait for an acknowledgement.
 */
final class Saves {

  private record Ack(long seq, String answer) {}

  private final Map<Integer, Ack> last = new HashMap<>();
  private long acknowledged;
  private long resent;
  private long longestWait;

  synchronized void acknowledge(int number, long seq, String answer, Instant sent) {
    last.put(number, new Ack(seq, answer));
    acknowledged++;
    long waited = Duration.between(sent, Instant.now()).toMillis();
    if (waited > longestWait) {
      longestWait = waited;
    }
  }

  synchronized void resend() {
    resent++;
  }

  synchronized long acknowledged() {
    return acknowledged;
  }

  synchronized long resent() {
    return resent;
  }

  /** The longest an acknowledged save waited for its answer, resending included. */
  synchronized long longestWait() {
    return longestWait;
  }

  /**
   * Acknowledged saves the server does not hold: for each question, the stored save must be the
   * last acknowledged one or a later one (a save sent again whose first answer was lost).
   */
  synchronized int missingFrom(JsonArray stored) {
    Map<Integer, JsonObject> byNumber = new HashMap<>();
    for (JsonValue v : stored) {
      byNumber.put(v.asJsonObject().getInt("number"), v.asJsonObject());
    }
    int missing = 0;
    for (Map.Entry<Integer, Ack> e : last.entrySet()) {
      JsonObject s = byNumber.get(e.getKey());
      Ack ack = e.getValue();
      boolean kept =
          s != null
              && (s.getJsonNumber("seq").longValue() > ack.seq()
                  || s.getJsonNumber("seq").longValue() == ack.seq()
                      && s.getString("response").equals(ack.answer()));
      if (!kept) {
        missing++;
        System.out.printf("question %d: acknowledged %s, stored %s%n", e.getKey(), ack, s);
      }
    }
    return missing;
  }
}
