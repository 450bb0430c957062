package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.AuditApi;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Complaining;
import org.zhaokao.it.support.CoreDeployments;
import org.zhaokao.it.support.Eventually;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Json;
import org.zhaokao.it.support.Notifications;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.Staff;

/**
 * Complaints: filed by anyone with a ticket number and a deadline in working days, looked up with
 * ticket and contact, handled and answered by staff holding the permission, the answer notified.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintIT extends CoreDeployments {

  @Test
  void aVisitorsComplaintGetsATicketAndAFiveWorkingDayDeadline() {
    String email = Complaining.email();
    JsonObject filed = Complaining.file(Http::postJson, "王五", email, "考点指引不清楚");
    String ticket = filed.getString("ticket");
    assertTrue(ticket.matches("TS[0-9]{8}-[2-9A-HJ-NP-Z]{6}"), ticket);
    assertEquals("OPEN", filed.getString("status"));
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    assertEquals(fiveWorkingDaysAfter(today).toString(), filed.getString("dueOn"));

    JsonObject status = Complaining.status(ticket, " " + email.toUpperCase() + " ");
    assertEquals("OPEN", status.getString("status"));
    assertEquals(
        404,
        Complaining.lookUp(ticket, "other@example.cn").statusCode(),
        "wrong contact: no answer");
    assertEquals(404, Complaining.lookUp("TS20200101-AAAAAA", email).statusCode());
  }

  @Test
  void theReplyIsShownOnTheStatusPageAndMailedToTheComplainant() {
    String email = Complaining.email();
    String ticket = Complaining.file(Http::postJson, "赵六", email, "缴费后状态未更新").getString("ticket");
    long id = Complaining.idOf(ticket);
    JsonObject listed =
        Http.array(Admin.get(Complaining.ADMIN)).stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("ticket").equals(ticket))
            .findFirst()
            .orElseThrow();
    assertFalse(listed.getString("contact").equals(email), "masked in the list");
    assertFalse(listed.getBoolean("overdue"));

    Browsing handler = Recruiting.publisher();
    long staffId = handler.me().getJsonObject("account").getJsonNumber("id").longValue();
    expect(
        200,
        Admin.post(
            Complaining.ADMIN + "/" + id + "/assignment", "", "{\"assigneeId\":" + staffId + "}"));
    expect(
        200, handler.post(Complaining.ADMIN + "/" + id + "/notes", Json.object("text", "已联系财务核实")));
    HttpResponse<String> replied =
        handler.post(Complaining.ADMIN + "/" + id + "/reply", Json.object("text", "缴费已确认，状态已更新。"));
    expect(200, replied);
    JsonObject view = Http.object(replied);
    assertEquals("ANSWERED", view.getString("status"));
    assertEquals(staffId, view.getJsonNumber("assigneeId").longValue());
    assertEquals("已联系财务核实", view.getJsonArray("notes").getJsonObject(0).getString("text"));
    assertEquals(email, view.getString("contact"), "whole in the details");

    JsonObject status = Complaining.status(ticket, email);
    assertEquals("ANSWERED", status.getString("status"));
    assertEquals("缴费已确认，状态已更新。", status.getString("reply"));
    assertFalse(status.toString().contains("已联系财务核实"), "notes stay internal");
    List<JsonObject> mails =
        Notifications.deliveries("eventType", "complaint.replied", "address", email);
    assertEquals(1, mails.size(), mails.toString());
    assertEquals("EMAIL", mails.get(0).getString("channel"));
    for (String action :
        List.of("complaint.filed", "complaint.assigned", "complaint.noted", "complaint.replied")) {
      assertEquals(1, audited(id, action), action + " audited");
    }
  }

  /** How many audit events of {@code action} the complaint has. */
  private static int audited(long id, String action) {
    HttpResponse<String> r =
        Admin.get(AuditApi.EVENTS + "?targetType=complaint&targetId=" + id + "&action=" + action);
    expect(200, r);
    return Http.object(r).getInt("total");
  }

  @Test
  void aCandidatesComplaintIsAnsweredInTheInbox() {
    Browsing candidate = Recruiting.candidate();
    String email = Complaining.email();
    String ticket = Complaining.file(candidate::post, "李四", email, "准考证打印失败").getString("ticket");
    long id = Complaining.idOf(ticket);
    expect(
        200,
        Admin.post(Complaining.ADMIN + "/" + id + "/reply", "", Json.object("text", "请更换浏览器后重试。")));
    JsonObject message =
        Eventually.await(
            "the reply in the candidate's inbox",
            Notifications.DELIVERY,
            () ->
                Http.object(candidate.get("/zhaokao/api/v1/me/inbox"))
                    .getJsonArray("messages")
                    .stream()
                    .map(JsonValue::asJsonObject)
                    .filter(m -> m.getString("eventType").equals("complaint.replied"))
                    .findFirst());
    assertTrue(message.getString("body").contains("请更换浏览器后重试。"), message.toString());
    assertTrue(message.getString("subject").contains(ticket), message.toString());
  }

  @Test
  void aReplyWithoutThePermissionIsRefusedAndChangesNothing() {
    String email = Complaining.email();
    String ticket = Complaining.file(Http::postJson, "孙七", email, "面试评分有异议").getString("ticket");
    long id = Complaining.idOf(ticket);
    Browsing auditor = Staff.create("auditor", "GLOBAL", "");
    expect(200, auditor.get(Complaining.ADMIN + "/" + id));
    HttpResponse<String> refused =
        auditor.post(Complaining.ADMIN + "/" + id + "/reply", Json.object("text", "不予受理"));
    assertEquals(403, refused.statusCode(), refused.body());
    assertEquals(
        "application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
    assertEquals(
        403,
        auditor
            .post(Complaining.ADMIN + "/" + id + "/notes", Json.object("text", "x"))
            .statusCode());
    Browsing reviewer = Staff.create("reviewer", "GLOBAL", "");
    assertEquals(403, reviewer.get(Complaining.ADMIN).statusCode(), "no complaint:view");

    JsonObject status = Complaining.status(ticket, email);
    assertEquals("OPEN", status.getString("status"));
    assertFalse(status.containsKey("reply") && !status.isNull("reply"), "no reply");
    assertTrue(
        Notifications.deliveries("eventType", "complaint.replied", "address", email).isEmpty());
    assertTrue(
        Http.object(Admin.get(Complaining.ADMIN + "/" + id)).getJsonArray("notes").isEmpty());
  }

  @Test
  void staffEnterPhoneComplaintsAndBadInputIsRefusedWhole() {
    HttpResponse<String> phone =
        Admin.post(
            Complaining.ADMIN,
            "",
            Complaining.form(
                    "周八", "13912345678", "电话投诉：<b>考场</b>噪音", "<script>alert(1)</script>考场外施工")
                .replace("}", ",\"channel\":\"PHONE\"}"));
    expect(201, phone);
    long id = Complaining.idOf(Http.object(phone).getString("ticket"));
    JsonObject view = Http.object(Admin.get(Complaining.ADMIN + "/" + id));
    assertEquals("PHONE", view.getString("channel"));
    assertEquals("<script>alert(1)</script>考场外施工", view.getString("body"), "stored as typed text");

    int before = Http.array(Admin.get(Complaining.ADMIN)).size();
    HttpResponse<String> bad =
        Http.postJson(
            Complaining.PUBLIC, Complaining.form("", "not-a-contact", "", "投".repeat(4001)));
    assertEquals(422, bad.statusCode(), bad.body());
    String errors = Http.object(bad).getJsonArray("errors").toString();
    for (String field : List.of("name", "contact", "subject", "body")) {
      assertTrue(errors.contains("\"" + field + "\""), field + " in " + errors);
    }
    assertEquals(422, Http.postJson(Complaining.PUBLIC, "{}").statusCode());
    assertEquals(before, Http.array(Admin.get(Complaining.ADMIN)).size(), "nothing saved");
    assertEquals(
        422,
        Admin.post(Complaining.ADMIN + "/" + id + "/reply", "", Json.object("text", " "))
            .statusCode());
    assertEquals("OPEN", Http.object(Admin.get(Complaining.ADMIN + "/" + id)).getString("status"));
  }

  @Test
  void theDeadlineFollowsTheConfiguredWorkingDays() {
    try {
      expect(
          200,
          Admin.put("/zhaokao/api/v1/admin/settings", "", "{\"complaint.answerDays\":\"10\"}"));
      JsonObject filed = Complaining.file(Http::postJson, "吴九", Complaining.email(), "报名系统卡顿");
      LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
      LocalDate expected = fiveWorkingDaysAfter(fiveWorkingDaysAfter(today));
      assertEquals(expected.toString(), filed.getString("dueOn"));
    } finally {
      Admin.put("/zhaokao/api/v1/admin/settings", "", "{\"complaint.answerDays\":\"5\"}");
    }
  }

  private static LocalDate fiveWorkingDaysAfter(LocalDate d) {
    LocalDate x = d;
    int left = 5;
    while (left > 0) {
      x = x.plusDays(1);
      if (x.getDayOfWeek() != DayOfWeek.SATURDAY && x.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return x;
  }
}
