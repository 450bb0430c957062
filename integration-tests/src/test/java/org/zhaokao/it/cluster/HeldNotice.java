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
import org.zhaokao.it.support.Mailbox;
import org.zhaokao.it.support.Notifications;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.ServerAdmin;
import org.zhaokao.it.support.StagePipeline;

/**
 * A notice committed to the outbox on one node and not sent there: both nodes hold their deliveries
 * back (the operators' pause, {@code zhaokao.notification.worker.paused}) while an employer
 * confirms a candidate, whose {@code review.approved} e-mail then waits on the node that answered
 * the confirmation. The nodes mail to this JVM's SMTP server ({@link Mailbox}, on the port {@code
 * two-nodes.sh} gives them).
 */
final class HeldNotice implements AutoCloseable {

  private static final String PAUSED = "zhaokao.notification.worker.paused";

  /** Longer than the sweep's interval: a second sending would have happened by then. */
  private static final Duration SETTLE = Duration.ofSeconds(15);

  private final Mailbox mail;
  private final String email;
  private final long account;
  private final String node;

  private HeldNotice(Mailbox mail, String email, long account, String node) {
    this.mail = mail;
    this.email = email;
    this.account = account;
    this.node = node;
  }

  /** Pauses both nodes' deliveries and has a notice committed on one of them. */
  static HeldNotice commit() throws Exception {
    Mailbox mail = Mailbox.start();
    StagePipeline.Setup s = StagePipeline.approved(1);
    Browsing candidate = s.people().get(0);
    expect(204, candidate.put("/zhaokao/api/v1/me/preferences", "{\"email\":true,\"sms\":false}"));
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
    System.out.printf(
        "review.approved committed on %s, held back: %s%n", node, describe(notices(account)));
    return new HeldNotice(mail, s.persons().get(0).email(), account, node);
  }

  /** The node whose outbox got the notice. */
  String node() {
    return node;
  }

  /**
   * Lifts the pause on {@code survivor} and waits until the e-mail is sent: in one attempt, and in
   * the mailbox once, also a sweep later. Answers how long it took.
   */
  long sentOnceBy(String survivor) throws Exception {
    int before = mail.to(email).size();
    long t0 = System.nanoTime();
    pause("false", survivor);
    JsonObject sent =
        Eventually.await(
            "the e-mail sent by " + survivor,
            Duration.ofSeconds(120),
            () -> email().filter(d -> "SENT".equals(d.getString("status"))));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    Thread.sleep(SETTLE.toMillis());
    System.out.printf(
        "sent by %s %d ms after its pause was lifted: %s%n",
        survivor, ms, describe(notices(account)));
    assertEquals(1, sent.getInt("attempts"), "sent in one attempt: " + sent);
    assertEquals(before + 1, mail.to(email).size(), "the e-mail arrived once");
    return ms;
  }

  @Override
  public void close() {
    mail.close();
  }

  private Optional<JsonObject> email() {
    return notices(account).stream()
        .filter(d -> "EMAIL".equals(d.getString("channel")))
        .findFirst();
  }

  private static List<JsonObject> notices(long account) {
    return Notifications.deliveries("accountId", "" + account, "eventType", "review.approved");
  }

  private static List<String> describe(List<JsonObject> deliveries) {
    return deliveries.stream()
        .map(d -> d.getString("channel") + " " + d.getString("status") + " " + d.getInt("attempts"))
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
