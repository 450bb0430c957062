package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Notifications.awaitDelivery;
import static org.zhaokao.it.support.Notifications.deliveries;
import static org.zhaokao.it.support.Notifications.mobile;
import static org.zhaokao.it.support.Notifications.request;
import static org.zhaokao.it.support.Notifications.send;
import static org.zhaokao.it.support.Notifications.unique;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.AuditApi;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Json;
import org.zhaokao.it.support.NotificationDeployments;

/**
 * Staff operations on notifications: a resend and a template save leave audit entries with the
 * address masked; the retention purge deletes finished deliveries older than the cutoff and nothing
 * else (newer rows, unread inbox messages), is audited with its counts, and refuses bad input
 * without deleting anything. The test server has no SMS provider configured, so an SMS delivery
 * fails at once: a finished delivery to resend and to purge.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationOpsIT extends NotificationDeployments {

  private static final String API = "/zhaokao/api/v1/admin/notifications";
  private static final String PURGE = API + "/retention/purge";
  private static final String TEMPLATE_KEY = "review.rejected/INBOX/en";
  private static final String TEMPLATE = API + "/templates/" + TEMPLATE_KEY;
  private static final Map<String, String> PARAMS =
      Map.of("name", "张三", "recruitment", "2026年市属事业单位公开招聘", "position", "综合管理岗");

  /**
   * Asks for review.approved to the in-site inbox of {@code account} and by SMS to {@code mobile}.
   */
  private static void notifyBoth(String key, String account, String mobile) {
    HttpResponse<String> sent =
        send(
            request("review.approved", key, null, PARAMS, new String[] {account, null, mobile}),
            false);
    assertEquals(200, sent.statusCode(), sent.body());
    assertEquals(2, Http.object(sent).getInt("queued"), sent.body());
  }

  private static List<JsonObject> audit(String query) {
    HttpResponse<String> r = Admin.get(AuditApi.EVENTS + "?size=500&" + query);
    assertEquals(200, r.statusCode(), r.body());
    return Http.object(r).getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
  }

  private static void read(String account, String deliveryId) {
    HttpResponse<String> r =
        Admin.post(API + "/inbox/" + account + "/" + deliveryId + "/read", "application/json", "");
    assertEquals(204, r.statusCode(), r.body());
  }

  @Test
  void aResendIsAuditedWithTheAddressMasked() {
    String id = unique();
    String number = mobile();
    notifyBoth("ops-resend:" + id, "c-" + id, number);
    JsonObject failed = awaitDelivery("ops-resend:" + id, "SMS", "FAILED");

    HttpResponse<String> resent =
        Admin.post(
            API + "/deliveries/" + failed.getString("id") + "/resend", "application/json", "");
    assertEquals(202, resent.statusCode(), resent.body());

    List<JsonObject> entries =
        audit(
            "action=notification.delivery.resent&targetType=notification-delivery&targetId="
                + failed.getString("id"));
    assertEquals(1, entries.size(), entries.toString());
    JsonObject entry = entries.get(0);
    assertEquals("SUCCESS", entry.getString("result"));
    assertFalse(entry.getString("actorId").isBlank());
    JsonObject details = entry.getJsonObject("details");
    assertEquals("SMS", details.getString("channel"));
    assertEquals("review.approved", details.getString("eventType"));
    assertEquals(
        number.substring(0, 3) + "****" + number.substring(7), details.getString("address"));
    assertFalse(entry.toString().contains(number), entry.toString());
    assertTrue(
        details.getString("previousError").contains("zhaokao.notification.sms.provider"),
        details.toString());
  }

  @Test
  void aTemplateSaveIsAuditedAndARefusedOneIsNot() {
    String query =
        "action=notification.template.saved&targetType=notification-template&targetId="
            + TEMPLATE_KEY;
    JsonObject original = Http.object(Admin.get(TEMPLATE));
    int before = audit(query).size();
    try {
      HttpResponse<String> saved =
          Admin.put(
              TEMPLATE,
              "application/json",
              Json.object("subject", "Not admitted: ${recruitment}", "body", "${name}, sorry."));
      assertEquals(200, saved.statusCode(), saved.body());
      List<JsonObject> entries = audit(query);
      assertEquals(before + 1, entries.size(), entries.toString());
      JsonObject details =
          entries.stream()
              .map(e -> e.getJsonObject("details"))
              .filter(d -> d.getString("subject").equals("Not admitted: ${recruitment}"))
              .findFirst()
              .orElseThrow(() -> new AssertionError(entries.toString()));
      assertEquals("true", details.getString("edited"));
      assertEquals("false", details.getString("created"));
      assertEquals(Integer.toString("${name}, sorry.".length()), details.getString("bodyChars"));

      HttpResponse<String> refused =
          Admin.put(
              TEMPLATE, "application/json", Json.object("subject", "x", "body", "${nickname}"));
      assertEquals(422, refused.statusCode(), refused.body());
      assertEquals(before + 1, audit(query).size());
    } finally {
      Admin.put(
          TEMPLATE,
          "application/json",
          Json.object(
              "subject",
              original.getString("defaultSubject"),
              "body",
              original.getString("defaultBody")));
    }
  }

  @Test
  void thePurgeDeletesOnlyFinishedDeliveriesOlderThanTheCutoffAndKeepsUnreadMessages()
      throws Exception {
    String id = unique();
    String oldKey = "ops-old:" + id;
    String newKey = "ops-new:" + id;
    String oldReader = "old-" + id;
    String newReader = "new-" + id;
    notifyBoth(oldKey, oldReader, mobile());
    String unreadAccount = "unread-" + id;
    String unreadKey = "ops-unread:" + id;
    notifyBoth(unreadKey, unreadAccount, mobile());
    awaitDelivery(oldKey, "SMS", "FAILED");
    awaitDelivery(unreadKey, "SMS", "FAILED");
    read(oldReader, awaitDelivery(oldKey, "INBOX", "SENT").getString("id"));

    Thread.sleep(1100);
    Instant cutoff = Instant.now();
    Thread.sleep(1100);

    notifyBoth(newKey, newReader, mobile());
    awaitDelivery(newKey, "SMS", "FAILED");
    read(newReader, awaitDelivery(newKey, "INBOX", "SENT").getString("id"));

    int purgesBefore = audit("action=notification.retention.purged").size();
    assertEquals(422, Admin.post(PURGE + "?days=-1", "application/json", "").statusCode());
    assertEquals(400, Admin.post(PURGE + "?days=abc", "application/json", "").statusCode());
    assertEquals(400, Admin.post(PURGE + "?before=yesterday", "application/json", "").statusCode());
    assertEquals(
        422,
        Admin.post(PURGE + "?before=" + Instant.now().plusSeconds(3600), "application/json", "")
            .statusCode());
    assertEquals(
        422, Admin.post(PURGE + "?days=0&before=" + cutoff, "application/json", "").statusCode());
    assertEquals(2, deliveries("idempotencyKey", oldKey).size(), "bad input deleted nothing");
    assertEquals(purgesBefore, audit("action=notification.retention.purged").size());

    HttpResponse<String> purged = Admin.post(PURGE + "?before=" + cutoff, "application/json", "");
    assertEquals(200, purged.statusCode(), purged.body());
    JsonObject run = Http.object(purged);
    assertTrue(run.getInt("deliveries") >= 3, run.toString());
    assertTrue(run.getInt("notifications") >= 1, run.toString());
    assertEquals(cutoff, Instant.parse(run.getString("cutoff")));

    assertTrue(deliveries("idempotencyKey", oldKey).isEmpty(), "old read message and SMS purged");
    List<JsonObject> unread = deliveries("idempotencyKey", unreadKey);
    assertEquals(1, unread.size(), unread.toString());
    assertEquals("INBOX", unread.get(0).getString("channel"));
    assertEquals(1, Http.object(Admin.get(API + "/inbox/" + unreadAccount)).getInt("unread"));
    assertEquals(2, deliveries("idempotencyKey", newKey).size(), "newer rows kept");

    List<JsonObject> entries = audit("action=notification.retention.purged");
    assertEquals(purgesBefore + 1, entries.size());
    JsonObject details =
        entries.stream()
            .map(e -> e.getJsonObject("details"))
            .filter(d -> Instant.parse(d.getString("cutoff")).equals(cutoff))
            .findFirst()
            .orElseThrow(() -> new AssertionError(entries.toString()));
    assertEquals("staff", details.getString("trigger"));
    assertEquals(Integer.toString(run.getInt("deliveries")), details.getString("deliveries"));
    assertEquals(Integer.toString(run.getInt("notifications")), details.getString("notifications"));
  }
}
