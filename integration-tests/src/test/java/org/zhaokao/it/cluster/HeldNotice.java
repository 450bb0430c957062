package org.zhaokao.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhaokao.it.support.Recruiting.ADMIN_API;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Eventually;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Notifications;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.ServerAdmin;
import org.zhaokao.it.support.StagePipeline;

/**
 * A notice committed to the outbox on one node and not sent there: both nodes hold their deliveries
 * back (the operators' pause, {@code zhaokao.notification.worker.paused}) while an employer
 * confirms a candidate, whose {@code review.approved} notice is then waiting on the node that
 * answered the confirmation.
 */
final class HeldNotice {

  private static final String PAUSED = "zhaokao.notification.worker.paused";

  private final long account;
  private final String node;
  private final List<JsonObject> held;

  private HeldNotice(long account, String node, List<JsonObject> held) {
    this.account = account;
    this.node = node;
    this.held = held;
  }

  /** Pauses both nodes' deliveries and has a notice committed on one of them. */
  static HeldNotice commit() throws Exception {
    StagePipeline.Setup s = StagePipeline.approved(1);
    Browsing candidate = s.people().get(0);
    long account =
        Http.object(candidate.get("/zhaokao/api/v1/me"))
            .getJsonObject("account")
            .getJsonNumber("id")
            .longValue();
    Browsing employer = Recruiting.employerUser(s.employer());
    expect(
        200,
        Admin.post(
            ADMIN_API + "/review/recruitments/" + s.recruitment() + "/employer-confirmation",
            "",
            ""));
    pause("true", ClusterNodes.management().keySet().toArray(String[]::new));
    HttpResponse<String> confirmed =
        employer.post(
            ADMIN_API + "/confirmation/applications/" + s.apps().get(0) + "/confirmation", "{}");
    expect(200, confirmed);
    String node = ClusterNodes.answering(confirmed);
    List<JsonObject> held = notices(account);
    System.out.printf("review.approved committed on %s, held back: %s%n", node, describe(held));
    return new HeldNotice(account, node, held);
  }

  /** The node whose outbox got the notice. */
  String node() {
    return node;
  }

  /**
   * Lifts the pause on {@code survivor} and waits until every delivery of the notice is sent: as
   * many as were held, each in one attempt. Answers how long it took.
   */
  long sentOnceBy(String survivor) throws Exception {
    long t0 = System.nanoTime();
    pause("false", survivor);
    List<JsonObject> sent =
        Eventually.await(
            "the notice sent by " + survivor,
            Duration.ofSeconds(120),
            () -> {
              List<JsonObject> d = notices(account);
              return d.isEmpty() || d.stream().anyMatch(x -> !"SENT".equals(x.getString("status")))
                  ? Optional.empty()
                  : Optional.of(d);
            });
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf(
        "sent by %s %d ms after its pause was lifted: %s%n", survivor, ms, describe(sent));
    assertEquals(held.size(), sent.size(), "one delivery per channel, none added");
    for (JsonObject d : sent) {
      assertEquals(1, d.getInt("attempts"), "sent once: " + d);
    }
    return ms;
  }

  private static List<JsonObject> notices(long account) {
    return Notifications.deliveries("accountId", "" + account, "eventType", "review.approved");
  }

  private static List<String> describe(List<JsonObject> deliveries) {
    return deliveries.stream()
        .map(d -> d.getString("channel") + " " + d.getString("status"))
        .toList();
  }

  private static void pause(String paused, String... nodes) throws Exception {
    for (String n : nodes) {
      try (ServerAdmin admin = ServerAdmin.connect(ClusterNodes.management().get(n))) {
        admin.set(PAUSED, paused);
      }
    }
  }
}
