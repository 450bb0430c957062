package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Notifications.inbox;
import static org.zhaokao.it.support.Notifications.inboxMessage;
import static org.zhaokao.it.support.Recruiting.ADMIN_API;
import static org.zhaokao.it.support.Recruiting.MY_APPLICATIONS;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.CoreDeployments;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.Staff;

/**
 * The eligibility review (资格审核): reviewers approve, reject with reasons and return for changes, and
 * candidates see a decision once the employer confirmed it; the optional second-level review (复审);
 * reminders to returned candidates; scoped reviewers see only their employer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewIT extends CoreDeployments {

  private static final String APPROVE = "{\"decision\":\"APPROVE\"}";
  private static final String AGREE = "{\"agree\":true}";

  @Test
  void reviewersDecideWithReasonsAndCandidatesSeeThemAndResubmit() {
    long employer = Recruiting.employer();
    long recruitment = Recruiting.published(employer);
    long position = Recruiting.positionId(recruitment, "01");
    Browsing rejected = Recruiting.candidate();
    Browsing returned = Recruiting.candidate();
    Browsing approved = Recruiting.candidate();
    long a = Recruiting.applied(rejected, recruitment, position, "汉语言文学");
    long b = Recruiting.applied(returned, recruitment, position, "软件工程");
    long c = Recruiting.applied(approved, recruitment, position, "软件工程");

    HttpResponse<String> queue =
        Admin.get(
            ADMIN_API + "/review/recruitments/" + recruitment + "/applications?status=SUBMITTED");
    expect(200, queue);
    JsonObject rowA = Http.withId(Http.array(queue), a);
    assertTrue(
        rowA.getJsonArray("flags").toString().contains("\"major\""),
        "flagged, not rejected: " + rowA);
    assertEquals("SUBMITTED", rowA.getString("status"));

    HttpResponse<String> noReason =
        Admin.post(
            ADMIN_API + "/review/applications/" + a + "/decision", "", "{\"decision\":\"REJECT\"}");
    assertEquals(422, noReason.statusCode());
    expect(
        200,
        Admin.post(
            ADMIN_API + "/review/applications/" + a + "/decision",
            "",
            "{\"decision\":\"REJECT\",\"reasonCode\":\"major\",\"reason\":\"所学汉语言文学不在岗位专业目录内\"}"));
    // A rejection reaches the candidate only once the employer confirms it.
    JsonObject unconfirmed = Http.array(rejected.get(MY_APPLICATIONS)).getJsonObject(0);
    assertEquals("SUBMITTED", unconfirmed.getString("status"));
    assertNull(unconfirmed.getString("reason", null), unconfirmed.toString());
    assertFalse(unconfirmed.getJsonArray("timeline").toString().contains("REJECTED"));

    expect(
        200,
        Admin.post(
            ADMIN_API + "/review/applications/" + b + "/decision",
            "",
            "{\"decision\":\"RETURN\",\"reason\":\"请补充工作经历的起止时间\"}"));
    JsonObject back = Http.object(returned.get(MY_APPLICATIONS + "/" + b));
    assertEquals("RETURNED", back.getString("status"));
    assertEquals("请补充工作经历的起止时间", back.getString("reason"));
    String corrected =
        Recruiting.application(recruitment, position, "软件工程").replace("2019年至今", "2019年7月至2026年2月");
    HttpResponse<String> resubmitted = returned.send("PUT", MY_APPLICATIONS + "/" + b, corrected);
    expect(200, resubmitted);
    assertEquals("SUBMITTED", Http.object(resubmitted).getString("status"));
    assertTrue(
        Http.object(resubmitted).getJsonArray("timeline").toString().contains("RESUBMITTED"));

    HttpResponse<String> bulk =
        Admin.post(
            ADMIN_API + "/review/recruitments/" + recruitment + "/approvals",
            "",
            "{\"applicationIds\":" + Recruiting.ids(a, b, c).build() + "}");
    expect(200, bulk);
    assertEquals(2, Http.object(bulk).getJsonArray("approved").size(), bulk.body());
    assertEquals(
        "SUBMITTED", Http.object(approved.get(MY_APPLICATIONS + "/" + c)).getString("status"));
    assertEquals(3, Recruiting.confirmAll(recruitment, Recruiting.employerUser(employer)));
    assertEquals(
        "APPROVED", Http.object(approved.get(MY_APPLICATIONS + "/" + c)).getString("status"));
    JsonObject seen = Http.array(rejected.get(MY_APPLICATIONS)).getJsonObject(0);
    assertEquals("REJECTED", seen.getString("status"));
    assertEquals("所学专业不符合岗位要求；所学汉语言文学不在岗位专业目录内", seen.getString("reason"));
    assertTrue(seen.getJsonArray("timeline").toString().contains("REJECTED"));
    HttpResponse<String> late =
        returned.send("POST", MY_APPLICATIONS + "/" + b + "/withdrawal", null);
    assertEquals(409, late.statusCode(), "decided applications stay: " + late.body());
    // The rejected candidate may apply to another position of the recruitment.
    expect(
        201,
        Recruiting.apply(
            rejected,
            "k-" + UUID.randomUUID(),
            Recruiting.application(
                recruitment, Recruiting.positionId(recruitment, "02"), "汉语言文学")));
    assertTrue(Http.array(Admin.get(ADMIN_API + "/review/reasons")).size() >= 5);
  }

  @Test
  void withTheSecondReviewADecisionReachesTheEmployerOnlyOnceAnotherReviewerAgrees() {
    long employer = Recruiting.employer();
    long recruitment = Recruiting.published(employer);
    long position = Recruiting.positionId(recruitment, "02");
    long a = Recruiting.applied(Recruiting.candidate(), recruitment, position, "统计学");
    long b = Recruiting.applied(Recruiting.candidate(), recruitment, position, "统计学");
    String review = ADMIN_API + "/review";
    String settings = review + "/recruitments/" + recruitment + "/settings";
    Browsing second = Staff.create("reviewer", "EMPLOYER", String.valueOf(employer));

    assertFalse(Http.object(Admin.get(settings)).getBoolean("secondReview"));
    expect(200, Admin.post(review + "/applications/" + a + "/decision", "", APPROVE));
    HttpResponse<String> noSecondReview =
        second.post(review + "/applications/" + a + "/check", AGREE);
    expect(409, noSecondReview);
    assertTrue(noSecondReview.body().contains("no-second-review"), noSecondReview.body());
    assertEquals(
        403,
        second.put(settings, "{\"secondReview\":true}").statusCode(),
        "a reviewer does not edit the recruitment");
    expect(200, Admin.put(settings, "application/json", "{\"secondReview\":true}"));
    assertTrue(Http.object(second.get(settings)).getBoolean("secondReview"));

    expect(
        200,
        Admin.post(
            review + "/applications/" + b + "/decision",
            "",
            "{\"decision\":\"REJECT\",\"reason\":\"毕业时间晚于报名截止日\"}"));
    JsonArray waiting = Http.array(second.get(review + "/recruitments/" + recruitment + "/checks"));
    assertEquals(2, waiting.size(), waiting.toString());
    assertEquals("PENDING", Http.withId(waiting, a).getString("secondReview"));
    String send = review + "/recruitments/" + recruitment + "/employer-confirmation";
    HttpResponse<String> unchecked = Admin.post(send, "", "");
    expect(409, unchecked);
    assertTrue(unchecked.body().contains("nothing-to-confirm"), unchecked.body());

    HttpResponse<String> own = Admin.post(review + "/applications/" + a + "/check", "", AGREE);
    expect(409, own);
    assertTrue(own.body().contains("second-reviewer-same"), own.body());
    JsonObject agreed = Http.object(second.post(review + "/applications/" + a + "/check", AGREE));
    assertEquals("CHECKED", agreed.getString("secondReview"));
    expect(409, second.post(review + "/applications/" + a + "/check", AGREE));

    HttpResponse<String> silent =
        second.post(review + "/applications/" + b + "/check", "{\"agree\":false}");
    expect(422, silent);
    assertTrue(silent.body().contains("comment"), silent.body());
    JsonArray still = Http.array(second.get(review + "/recruitments/" + recruitment + "/checks"));
    assertEquals(
        "REJECTED", Http.withId(still, b).getString("status"), "a refused verdict changes nothing");
    JsonObject overruled =
        Http.object(
            second.post(
                review + "/applications/" + b + "/check",
                "{\"agree\":false,\"comment\":\"毕业证书显示毕业时间在截止日前，请重新核对\"}"));
    assertEquals("SUBMITTED", overruled.getString("status"));
    assertEquals("毕业证书显示毕业时间在截止日前，请重新核对", overruled.getString("checkComment"));

    assertEquals(1, Http.object(Admin.post(send, "", "")).getInt("sent"), "only the agreed one");
    assertTrue(
        Http.array(second.get(review + "/recruitments/" + recruitment + "/checks")).isEmpty());
  }

  @Test
  void aReturnedCandidateIsToldAtOnceAndRemindedOnceBeforeTheWindowCloses() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
    long recruitment = Recruiting.draft(Recruiting.employer(), now.minusHours(1), now.plusHours(5));
    Recruiting.publish(recruitment);
    Browsing candidate = Recruiting.candidate();
    long a =
        Recruiting.applied(candidate, recruitment, Recruiting.positionId(recruitment, "02"), "统计学");
    String reminders = ADMIN_API + "/review/recruitments/" + recruitment + "/reminders";
    assertEquals(0, Http.object(Admin.post(reminders, "", "")).getInt("reminded"), "none returned");

    expect(
        200,
        Admin.post(
            ADMIN_API + "/review/applications/" + a + "/decision",
            "",
            "{\"decision\":\"RETURN\",\"reason\":\"请上传学位证书\"}"));
    JsonObject told = inboxMessage(candidate, "报名信息需修改");
    assertTrue(told.getString("body").contains("请上传学位证书"), told.toString());

    assertEquals(1, Http.object(Admin.post(reminders, "", "")).getInt("reminded"));
    assertEquals(1, Http.object(Admin.post(reminders, "", "")).getInt("reminded"));
    inboxMessage(candidate, "报名即将截止");
    assertEquals(
        1,
        inbox(candidate).stream().filter(m -> m.getString("subject").startsWith("报名即将截止")).count(),
        "asked twice, reminded once");

    Browsing outsider = Staff.create("reviewer", "EMPLOYER", String.valueOf(Recruiting.employer()));
    expect(403, outsider.post(reminders, ""));
    expect(
        200,
        candidate.send(
            "PUT",
            MY_APPLICATIONS + "/" + a,
            Recruiting.application(recruitment, Recruiting.positionId(recruitment, "02"), "统计学")));
    assertEquals(0, Http.object(Admin.post(reminders, "", "")).getInt("reminded"), "corrected");
  }

  @Test
  void aReviewerOfOneEmployerSeesNothingOfAnother() {
    long mine = Recruiting.employer();
    long theirs = Recruiting.employer();
    long myRecruitment = Recruiting.published(mine);
    long theirRecruitment = Recruiting.published(theirs);
    Browsing candidate = Recruiting.candidate();
    long theirApplication =
        Recruiting.created(
            Recruiting.apply(
                candidate,
                "k-" + UUID.randomUUID(),
                Recruiting.application(
                    theirRecruitment, Recruiting.positionId(theirRecruitment, "02"), "法学")));

    Browsing reviewer = Staff.create("reviewer", "EMPLOYER", String.valueOf(mine));
    expect(
        200, reviewer.get(ADMIN_API + "/review/recruitments/" + myRecruitment + "/applications"));
    assertEquals(
        403,
        reviewer
            .get(ADMIN_API + "/review/recruitments/" + theirRecruitment + "/applications")
            .statusCode());
    HttpResponse<String> decide =
        reviewer.post(
            ADMIN_API + "/review/applications/" + theirApplication + "/decision",
            "{\"decision\":\"APPROVE\"}");
    assertEquals(404, decide.statusCode(), decide.body());
    assertEquals(
        "SUBMITTED",
        Http.object(candidate.get(MY_APPLICATIONS + "/" + theirApplication)).getString("status"));
    String visible = reviewer.get(ADMIN_API + "/recruitments").body();
    assertTrue(
        visible.contains("\"id\":" + myRecruitment)
            && !visible.contains("\"id\":" + theirRecruitment),
        visible);
    assertEquals(404, reviewer.get(ADMIN_API + "/recruitments/" + theirRecruitment).statusCode());
    assertEquals(404, candidate.get(MY_APPLICATIONS + "/" + (theirApplication + 1)).statusCode());

    // An employer user (招考单位用户) logs in with a second factor and sees only its employer.
    Browsing employerUser = Recruiting.employerUser(mine);
    String own = employerUser.get(ADMIN_API + "/recruitments").body();
    assertTrue(
        own.contains("\"id\":" + myRecruitment) && !own.contains("\"id\":" + theirRecruitment),
        own);
    assertEquals(
        403,
        employerUser
            .get(ADMIN_API + "/review/recruitments/" + myRecruitment + "/applications")
            .statusCode());
    assertFalse(employerUser.get(ADMIN_API + "/employers").statusCode() == 200);
  }
}
