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
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Deployments;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.Staff;

/**
 * Candidates apply (报名) exactly once per key and once per recruitment, only inside the window;
 * reviewers approve, reject with reasons and return for changes; scoped reviewers see only their
 * employer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationIT {

  @Deployment(name = "core", testable = false)
  static EnterpriseArchive core() {
    return Deployments.core();
  }

  @Test
  void aCandidateAppliesOnceWhateverTheRetriesAndThePledgeIsRecorded() throws Exception {
    long recruitment = Recruiting.published(Recruiting.employer());
    long position = Recruiting.positionId(recruitment, "01");
    Browsing candidate = Recruiting.candidate();
    String form = Recruiting.application(recruitment, position, "软件工程");

    HttpResponse<String> prefill =
        candidate.get(MY_APPLICATIONS + "/prefill?positionId=" + position);
    expect(200, prefill);
    assertEquals("李四", Http.object(prefill).getJsonObject("candidate").getString("name"));
    assertTrue(
        Http.object(prefill)
            .getJsonObject("candidate")
            .getString("maskedIdNumber")
            .contains("****"));

    String key = "retry-" + UUID.randomUUID();
    HttpResponse<String> first = Recruiting.apply(candidate, key, form);
    expect(201, first);
    JsonObject app = Http.object(first);
    assertEquals("SUBMITTED", app.getString("status"));
    assertEquals(1, app.getInt("noticeVersion"));
    assertEquals(1, app.getInt("pledgeVersion"));
    assertTrue(app.containsKey("pledgedAt"));
    HttpResponse<String> again = Recruiting.apply(candidate, key, form);
    expect(200, again);
    assertEquals(app.getJsonNumber("id"), Http.object(again).getJsonNumber("id"));

    HttpResponse<String> second =
        Recruiting.apply(
            candidate,
            "other-" + UUID.randomUUID(),
            Recruiting.application(recruitment, Recruiting.positionId(recruitment, "02"), "软件工程"));
    assertEquals(409, second.statusCode(), second.body());
    assertTrue(second.body().contains("already-applied"));

    // Twenty parallel submits with one key (a frantic double click, a retrying client): one row.
    Browsing rushed = Recruiting.candidate();
    String rushedKey = "rush-" + UUID.randomUUID();
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      all.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return Recruiting.apply(rushed, rushedKey, form);
              },
              pool));
    }
    start.countDown();
    Set<String> ids = new HashSet<>();
    int created = 0;
    for (CompletableFuture<HttpResponse<String>> f : all) {
      HttpResponse<String> r = f.get();
      assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.statusCode() + " " + r.body());
      created += r.statusCode() == 201 ? 1 : 0;
      ids.add(Http.object(r).getJsonNumber("id").toString());
    }
    pool.shutdown();
    assertEquals(1, created, "exactly one attempt created it");
    assertEquals(1, ids.size(), "every attempt got the same application");
    assertEquals(1, Http.array(rushed.get(MY_APPLICATIONS)).size());

    // Counted, not kept in a counter: two live applications to position 01 of one post.
    JsonObject pub = Http.object(Http.get("/zhaokao/api/v1/recruitments/" + recruitment));
    JsonObject p01 = positionWithCode(pub.getJsonArray("positions"), "01");
    assertEquals(2, p01.getInt("applicants"));
    assertEquals(2.0, p01.getJsonNumber("competitionRatio").doubleValue());
  }

  @Test
  void outsideTheWindowACandidateIsRefusedAndNothingIsSaved() {
    long employer = Recruiting.employer();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
    long later = Recruiting.draft(employer, now.plusDays(2), now.plusDays(9));
    Recruiting.publish(later);
    Browsing candidate = Recruiting.candidate();
    HttpResponse<String> r =
        Recruiting.apply(
            candidate,
            "early-" + UUID.randomUUID(),
            Recruiting.application(later, Recruiting.positionId(later, "02"), "法学"));
    assertEquals(409, r.statusCode(), r.body());
    assertTrue(Http.object(r).getString("type").endsWith("outside-window"));
    assertTrue(Http.object(r).getString("detail").contains("not now"));
    assertEquals(0, Http.array(candidate.get(MY_APPLICATIONS)).size());
  }

  @Test
  void badApplicationsAreRefusedAndNothingIsSaved() {
    long recruitment = Recruiting.published(Recruiting.employer());
    long position = Recruiting.positionId(recruitment, "01");
    Browsing candidate = Recruiting.candidate();
    String form = Recruiting.application(recruitment, position, "软件工程");
    HttpResponse<String> noKey = candidate.send("POST", MY_APPLICATIONS, form);
    assertEquals(422, noKey.statusCode(), noKey.body());
    assertTrue(noKey.body().contains("Idempotency-Key"));
    String unsigned =
        form.replace("\"pledgeVersion\":1", "\"pledgeVersion\":0")
            .replace("\"major\":\"软件工程\"", "\"major\":\"\"");
    HttpResponse<String> r = Recruiting.apply(candidate, "bad-" + UUID.randomUUID(), unsigned);
    assertEquals(422, r.statusCode(), r.body());
    String errors = Http.object(r).getJsonArray("errors").toString();
    assertTrue(errors.contains("pledgeVersion") && errors.contains("major"), errors);
    HttpResponse<String> unknown =
        Recruiting.apply(
            candidate,
            "bad-" + UUID.randomUUID(),
            form.replace("\"positionId\":" + position, "\"positionId\":999999999"));
    assertEquals(404, unknown.statusCode());
    assertEquals(0, Http.array(candidate.get(MY_APPLICATIONS)).size());
    // Staff are not candidates.
    assertEquals(
        403, Recruiting.apply(Admin.browsing(), "staff-" + UUID.randomUUID(), form).statusCode());
  }

  @Test
  void reviewersDecideWithReasonsAndCandidatesSeeThemAndResubmit() {
    long employer = Recruiting.employer();
    long recruitment = Recruiting.published(employer);
    long position = Recruiting.positionId(recruitment, "01");
    Browsing rejected = Recruiting.candidate();
    Browsing returned = Recruiting.candidate();
    Browsing approved = Recruiting.candidate();
    long a = applied(rejected, recruitment, position, "汉语言文学");
    long b = applied(returned, recruitment, position, "软件工程");
    long c = applied(approved, recruitment, position, "软件工程");

    HttpResponse<String> queue =
        Admin.get(
            ADMIN_API + "/review/recruitments/" + recruitment + "/applications?status=SUBMITTED");
    expect(200, queue);
    JsonObject rowA = byId(Http.array(queue), a);
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
    long a = applied(Recruiting.candidate(), recruitment, position, "统计学");
    long b = applied(Recruiting.candidate(), recruitment, position, "统计学");
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
    assertEquals("PENDING", byId(waiting, a).getString("secondReview"));
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
        "REJECTED", byId(still, b).getString("status"), "a refused verdict changes nothing");
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
    long a = applied(candidate, recruitment, Recruiting.positionId(recruitment, "02"), "统计学");
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
        idOf(
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

  private static final String APPROVE = "{\"decision\":\"APPROVE\"}";
  private static final String AGREE = "{\"agree\":true}";

  private static long applied(Browsing who, long recruitment, long position, String major) {
    return idOf(
        Recruiting.apply(
            who, "k-" + UUID.randomUUID(), Recruiting.application(recruitment, position, major)));
  }

  private static long idOf(HttpResponse<String> r) {
    expect(201, r);
    return Http.object(r).getJsonNumber("id").longValue();
  }

  private static JsonObject byId(JsonArray rows, long id) {
    return rows.stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject positionWithCode(JsonArray positions, String code) {
    return positions.stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }
}
