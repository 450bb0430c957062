package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.MedicalClinic.ALL_TICKED;
import static org.zhaokao.it.support.MedicalClinic.API;
import static org.zhaokao.it.support.StagePipeline.compose;
import static org.zhaokao.it.support.StagePipeline.move;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.AuditApi;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Deployments;
import org.zhaokao.it.support.DisciplineOffice;
import org.zhaokao.it.support.Eventually;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Json;
import org.zhaokao.it.support.MedicalCheckDeployments;
import org.zhaokao.it.support.MedicalClinic;
import org.zhaokao.it.support.Notifications;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.Staff;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.StagePipeline.Setup;

/**
 * A recruitment's medical check end to end: hospital and plan with the notice, the candidates'
 * consent and uploads, the medical officer's verdicts (pass, re-examination then fail, forged to
 * discipline), reads access-logged and strangers refused, the employer's verdicts without health
 * data, the outcomes in the pipeline, and the two screens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MedicalCheckIT extends MedicalCheckDeployments {

  @Deployment(name = "discipline", order = 3, testable = false)
  static WebArchive discipline() {
    return Deployments.discipline();
  }

  @Test
  void aRecruitmentsMedicalCheckRunsFromNoticeToPipelineOutcomes() {
    Setup s = StagePipeline.approved(3);
    long r = s.recruitment();
    List<Long> a = s.apps();
    List<Browsing> people = s.people();
    long stage =
        Http.array(expect(200, compose(r, "medical-check")))
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    expect(
        200,
        Admin.put(
            StagePipeline.API + "/stages/" + stage + "/settings",
            "",
            "{\"ruleKind\":\"PASS_FAIL\",\"weight\":0}"));

    // The candidates enter the check when it is announced; staff list a hospital and plan the
    // check, and every entrant is told.
    expect(200, move(stage, "NOTIFIED"));
    String hospitalName = "市第一人民医院体检中心-" + Notifications.unique();
    long hospital = MedicalClinic.hospital(hospitalName);
    JsonObject planned = Http.object(expect(200, MedicalClinic.plan(r, hospital)));
    assertEquals(3, planned.getInt("notified"));
    JsonObject notice =
        Eventually.await(
            "the notice in the candidate's inbox",
            Notifications.DELIVERY,
            () -> inbox(people.get(0), "medical-check.notice"));
    assertTrue(notice.toString().contains(hospitalName), notice.toString());
    JsonObject mine = MedicalClinic.mine(people.get(0), r);
    assertEquals(
        hospitalName, mine.getJsonObject("plan").getJsonObject("hospital").getString("name"));
    assertFalse(mine.getBoolean("consented"));

    // No consent, no upload; then consent (with its time) and the PDF goes in.
    expect(409, MedicalClinic.upload(people.get(0), r, "体检报告.pdf", MedicalClinic.pdf()));
    assertEquals(0, MedicalClinic.mine(people.get(0), r).getJsonArray("reports").size());
    for (Browsing p : people) {
      JsonObject consented = Http.object(expect(200, MedicalClinic.consent(p, r)));
      assertTrue(consented.getBoolean("consented"));
      assertTrue(consented.containsKey("consentAt"));
    }
    long pdf = uploaded(MedicalClinic.upload(people.get(0), r, "体检报告.pdf", MedicalClinic.pdf()));
    long png = uploaded(MedicalClinic.upload(people.get(1), r, "report.png", MedicalClinic.png()));
    long jpeg =
        uploaded(MedicalClinic.upload(people.get(2), r, "report.jpg", MedicalClinic.jpeg()));
    expect(409, MedicalClinic.upload(people.get(0), r, "again.pdf", MedicalClinic.pdf()));

    // The officer reads a report, saying why; the read is logged. Another candidate is refused,
    // and that is logged and audited too.
    Browsing officer = MedicalClinic.officer();
    String content = API + "/recruitments/" + r + "/reports/" + pdf + "/content";
    expect(422, officer.get(content));
    HttpResponse<byte[]> read = officer.getBytes(content + "?purpose=%E5%AE%A1%E6%A0%B8");
    assertEquals(200, read.statusCode());
    assertArrayEquals(MedicalClinic.pdf(), read.body(), "decrypted as uploaded");
    assertEquals(
        200,
        people
            .get(0)
            .getBytes(API + "/me/checks/" + r + "/reports/" + pdf + "/content")
            .statusCode());
    expect(403, people.get(1).get(content + "?purpose=curious"));
    expect(403, people.get(1).get(API + "/me/checks/" + r + "/reports/" + pdf + "/content"));
    JsonArray accesses =
        Http.array(
            expect(200, officer.get(API + "/recruitments/" + r + "/reports/" + pdf + "/accesses")));
    assertEquals(4, accesses.size(), accesses.toString());
    assertEquals("OFFICER", accesses.getJsonObject(0).getString("capacity"));
    assertEquals("审核", accesses.getJsonObject(0).getString("purpose"));
    assertEquals("CANDIDATE", accesses.getJsonObject(1).getString("capacity"));
    assertFalse(accesses.getJsonObject(2).getBoolean("granted"));
    assertEquals("curious", accesses.getJsonObject(2).getString("purpose"));
    assertEquals(2, audited(pdf, "authz.denied"));
    assertTrue(audited(pdf, "stage.medical-check.report.read") >= 2);

    // Verdicts wait for the stage to run.
    String code = "TJ20261210";
    expect(409, MedicalClinic.review(officer, r, pdf, ALL_TICKED, code, "PASS", ""));
    expect(200, move(stage, "IN_PROGRESS"));
    JsonObject passed =
        Http.object(
            expect(200, MedicalClinic.review(officer, r, pdf, ALL_TICKED, code, "PASS", "")));
    assertEquals("PASS", passed.getString("verdict"));
    expect(409, MedicalClinic.review(officer, r, pdf, ALL_TICKED, code, "FAIL", "再审"));

    // Re-examination: one more upload, then the second report fails; no third chance.
    expect(
        200,
        MedicalClinic.review(
            officer, r, png, ALL_TICKED, "TJ20261211", "REEXAMINATION", "血压偏高，需复检"));
    JsonObject again = MedicalClinic.mine(people.get(1), r);
    assertEquals("REEXAMINATION", again.getString("status"));
    assertEquals(1, again.getInt("uploadsLeft"));
    long png2 = uploaded(MedicalClinic.upload(people.get(1), r, "复检.png", MedicalClinic.png()));
    expect(
        409,
        MedicalClinic.review(officer, r, png2, ALL_TICKED, "TJ20261212", "REEXAMINATION", "再复检"));
    expect(
        200, MedicalClinic.review(officer, r, png2, ALL_TICKED, "TJ20261212", "FAIL", "复检血压仍不合格"));
    expect(409, MedicalClinic.upload(people.get(1), r, "third.png", MedicalClinic.png()));

    // A forged report is void and goes to discipline.
    JsonObject forged =
        Http.object(
            expect(
                200,
                MedicalClinic.review(
                    officer,
                    r,
                    jpeg,
                    ALL_TICKED.replace("\"hospital-seal\":true", "\"hospital-seal\":false"),
                    "XX1",
                    "FORGED",
                    "医院印章与样式不符，医院回复查无此报告")));
    long incident = forged.getJsonNumber("incidentId").longValue();
    assertEquals("VOID", MedicalClinic.mine(people.get(2), r).getString("status"));
    JsonObject referred = DisciplineOffice.incident(DisciplineOffice.first(), incident);
    assertEquals("medical-check", referred.getString("stageId"));
    assertEquals("forged-documents", referred.getString("violationType"));
    assertEquals(a.get(2).longValue(), referred.getJsonNumber("applicationId").longValue());

    // The verdicts are the outcomes in the pipeline.
    JsonObject results =
        Http.object(expect(200, Admin.get(StagePipeline.API + "/stages/" + stage + "/results")));
    Map<Long, JsonObject> lines =
        results.getJsonArray("lines").stream()
            .map(JsonValue::asJsonObject)
            .collect(Collectors.toMap(l -> l.getJsonNumber("applicationId").longValue(), l -> l));
    assertEquals("PASSED", lines.get(a.get(0)).getString("status"));
    assertEquals("FAILED", lines.get(a.get(1)).getString("status"));
    assertEquals("复检血压仍不合格", lines.get(a.get(1)).getString("remark"));
    assertEquals("FAILED", lines.get(a.get(2)).getString("status"));

    // The employer's user sees the verdicts, not the reports; another employer's sees nothing.
    String role = "mc-employer-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    expect(
        201,
        Admin.post(
            "/zhaokao/api/v1/admin/roles",
            "",
            Json.object(
                "code", role, "nameZh", "用人单位体检查看", "nameEn", "Employer medical verdicts")));
    expect(
        204,
        Admin.put(
            "/zhaokao/api/v1/admin/roles/" + role + "/permissions",
            "",
            "[\"console:view\",\"stage:medical-check:verdicts\"]"));
    Browsing employer = Staff.create(role, "EMPLOYER", String.valueOf(s.employer()));
    JsonArray verdicts =
        Http.array(expect(200, employer.get(API + "/recruitments/" + r + "/verdicts")));
    assertEquals(3, verdicts.size(), verdicts.toString());
    JsonObject first = byApplication(verdicts, a.get(0));
    assertEquals("PASS", first.getString("verdict"));
    assertTrue(first.getString("name").endsWith("*"), first.toString());
    assertFalse(verdicts.toString().contains("血压"), "no health data for the employer");
    expect(403, employer.get(content + "?purpose=employer-look"));
    Browsing stranger = Staff.create(role, "EMPLOYER", String.valueOf(Recruiting.employer()));
    expect(403, stranger.get(API + "/recruitments/" + r + "/verdicts"));

    // The staff screen and the candidate's page, in Chinese by default and in English on the
    // language switch.
    HttpResponse<String> screen = Admin.get("/zhaokao-medical-check/checks.xhtml");
    expect(200, screen);
    assertTrue(screen.body().contains("体检医院"), screen.body());
    assertTrue(screen.body().contains(hospitalName), screen.body());
    HttpResponse<String> review = officer.get("/zhaokao-medical-check/review.xhtml");
    expect(200, review);
    assertTrue(review.body().contains("体检报告审核"), review.body());
    assertTrue(review.body().contains("医院确认码"), review.body());
    assertFalse(
        people.get(0).get("/zhaokao-medical-check/review.xhtml").body().contains("医院确认码"),
        "a candidate does not get the officer's screen");
    HttpResponse<String> page = people.get(0).get("/zhaokao-medical-check/my.xhtml");
    expect(200, page);
    assertTrue(page.body().contains("我的体检"), page.body());
    assertTrue(page.body().contains("合格"), page.body());
    HttpResponse<String> english = people.get(1).get("/zhaokao-medical-check/my.xhtml?lang=en");
    expect(200, english);
    assertTrue(english.body().contains("My medical check"), english.body());
    assertTrue(english.body().contains("Failed"), english.body());
  }

  private static Optional<JsonObject> inbox(Browsing candidate, String event) {
    return Http.object(candidate.get("/zhaokao/api/v1/me/inbox")).getJsonArray("messages").stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getString("eventType").equals(event))
        .findFirst();
  }

  private static long uploaded(HttpResponse<String> r) {
    expect(201, r);
    return Http.object(r).getJsonNumber("id").longValue();
  }

  private static int audited(long report, String action) {
    HttpResponse<String> r =
        Admin.get(
            AuditApi.EVENTS
                + "?targetType=medical-report&targetId="
                + report
                + "&action="
                + action);
    expect(200, r);
    return Http.object(r).getInt("total");
  }

  private static JsonObject byApplication(JsonArray rows, long app) {
    return rows.stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getJsonNumber("applicationId").longValue() == app)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no application " + app + " in " + rows));
  }

  private static HttpResponse<String> expect(int status, HttpResponse<String> r) {
    Recruiting.expect(status, r);
    return r;
  }
}
