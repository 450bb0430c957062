package org.zhaokao.it.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Http;

/**
 * One candidate's exam client: saves answers one after another over the paper's questions, each
 * with the next sequence number, as the exam page does; a save left unanswered (the node died, the
 * balancer answered 5xx) is sent again as it was until some node answers it.
 */
final class Sitter {

  private final Browsing candidate;
  private final String path;
  private final List<JsonObject> questions = new ArrayList<>();
  private final String node;
  private final Saves saves = new Saves();

  Sitter(Browsing candidate, String path, JsonObject paper, String node) {
    this.candidate = candidate;
    this.path = path;
    this.node = node;
    for (JsonValue q : paper.getJsonArray("questions")) {
      questions.add(q.asJsonObject());
    }
  }

  /** The node that served the paper (the session's node). */
  String node() {
    return node;
  }

  Saves saves() {
    return saves;
  }

  void saveWhile(AtomicBoolean running) {
    for (long seq = 1; running.get(); seq++) {
      JsonObject q = questions.get((int) (seq % questions.size()));
      int number = q.getInt("number");
      String answer = answer(q, seq);
      String body = "{\"response\":\"" + answer + "\",\"seq\":" + seq + "}";
      Instant sent = Instant.now();
      while (true) {
        HttpResponse<String> r;
        try {
          r = candidate.put(path + "/answers/" + number, body);
        } catch (UncheckedIOException e) {
          r = null;
        }
        if (r != null && r.statusCode() == 200) {
          long stored = Http.object(r).getJsonNumber("storedSeq").longValue();
          assertTrue(stored >= seq, "a save was neither applied nor superseded: " + r.body());
          saves.acknowledge(number, seq, answer, sent);
          break;
        }
        if (r != null && r.statusCode() < 500) {
          throw new AssertionError("save " + seq + " answered " + r.statusCode() + " " + r.body());
        }
        saves.resend();
        pause();
      }
    }
  }

  /** Acknowledged saves missing from what the server holds now. */
  int missing() {
    return saves.missingFrom(Http.array(candidate.get(path + "/answers")));
  }

  private static String answer(JsonObject q, long seq) {
    boolean odd = seq % 2 == 1;
    return "TRUE_FALSE".equals(q.getString("type")) ? (odd ? "T" : "F") : (odd ? "A" : "B");
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
