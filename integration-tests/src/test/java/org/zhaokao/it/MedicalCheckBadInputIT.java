package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.MedicalClinic.ALL_TICKED;
import static org.zhaokao.it.support.MedicalClinic.API;
import static org.zhaokao.it.support.StagePipeline.compose;
import static org.zhaokao.it.support.StagePipeline.move;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Dates;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.MedicalCheckDeployments;
import org.zhaokao.it.support.MedicalClinic;
import org.zhaokao.it.support.Notifications;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.StagePipeline.Setup;

/**
 * What the medical check refuses with a clear 4xx and nothing saved: uploads without consent, of
 * the wrong type disguised by the name, empty or oversize; strangers to the check; a verdict on a
 * report of another recruitment's check or an incomplete one; a hospital or plan that is wrong.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MedicalCheckBadInputIT extends MedicalCheckDeployments {

  @Test
  void refusesBadInputAndSavesNothing() {
    Setup s = StagePipeline.approved(1);
    Setup other = StagePipeline.approved(1);
    long r = s.recruitment();
    long r2 = other.recruitment();
    long stage = stageOf(compose(r, "medical-check"));
    long stage2 = stageOf(compose(r2, "medical-check"));
    expect(200, move(stage, "NOTIFIED"));
    expect(200, move(stage2, "NOTIFIED"));
    Browsing candidate = s.people().get(0);
    Browsing stranger = other.people().get(0);

    // Hospitals and plans: malformed fields, a taken name, an unknown hospital.
    HttpResponse<String> badRegex =
        Admin.post(
            API + "/hospitals",
            "",
            "{\"name\":\"坏格式医院\",\"address\":\"某路1号\",\"phone\":\"010-1234567\",\"codeFormat\":\"TJ[\"}");
    expect(422, badRegex);
    assertTrue(badRegex.body().contains("codeFormat"), badRegex.body());
    String name = "市中医院-" + Notifications.unique();
    long hospital = MedicalClinic.hospital(name);
    expect(
        409,
        Admin.post(
            API + "/hospitals",
            "",
            "{\"name\":\""
                + name
                + "\",\"address\":\"某路1号\",\"phone\":\"010-1234567\",\"codeFormat\":\"TJ\\\\d{8}\"}"));
    expect(422, MedicalClinic.plan(r, 999_999_999L));
    expect(
        422,
        Admin.put(
            API + "/recruitments/" + r + "/plan",
            "",
            "{\"hospitalId\":"
                + hospital
                + ",\"date\":\"10/12/2026\",\"time\":\"07:30\",\"place\":\"一楼\"}"));
    expect(
        422,
        Admin.put(
            API + "/recruitments/" + r + "/plan",
            "",
            "{\"hospitalId\":"
                + hospital
                + ",\"date\":\""
                + Dates.inDays(12)
                + "\",\"time\":\"7点\",\"place\":\"一楼\"}"));
    expect(404, Admin.get(API + "/recruitments/" + r + "/plan"));
    expect(404, MedicalClinic.plan(Recruiting.published(Recruiting.employer()), hospital));
    assertEquals(1, Http.object(expect(200, MedicalClinic.plan(r, hospital))).getInt("notified"));
    expect(200, MedicalClinic.plan(r2, hospital));

    // Upload without consent; a candidate of another recruitment; refusals of consent.
    HttpResponse<String> noConsent =
        MedicalClinic.upload(candidate, r, "report.pdf", MedicalClinic.pdf());
    expect(409, noConsent);
    assertTrue(noConsent.body().contains("consent"), noConsent.body());
    expect(404, MedicalClinic.consent(stranger, r));
    expect(404, MedicalClinic.upload(stranger, r, "report.pdf", MedicalClinic.pdf()));
    expect(422, candidate.post(API + "/me/checks/" + r + "/consent", "{\"agreed\":false}"));
    assertFalse(MedicalClinic.mine(candidate, r).getBoolean("consented"));
    expect(200, MedicalClinic.consent(candidate, r));
    expect(200, MedicalClinic.consent(stranger, r2));

    // Wrong type disguised by the name, a real type under the wrong name, empty, oversize.
    byte[] text = "这不是PDF，只是文本".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> disguised = MedicalClinic.upload(candidate, r, "report.pdf", text);
    expect(415, disguised);
    assertTrue(disguised.body().contains("not a PDF, JPEG or PNG"), disguised.body());
    expect(415, MedicalClinic.upload(candidate, r, "report.pdf", MedicalClinic.png()));
    expect(422, MedicalClinic.upload(candidate, r, "report.pdf", new byte[0]));
    expect(422, MedicalClinic.upload(candidate, r, "", MedicalClinic.pdf()));
    byte[] big = Arrays.copyOf(MedicalClinic.pdf(), 8 * 1024 * 1024 + 1);
    expect(413, MedicalClinic.upload(candidate, r, "big.pdf", big));
    JsonObject untouched = MedicalClinic.mine(candidate, r);
    assertEquals(0, untouched.getJsonArray("reports").size());
    assertEquals("AWAITING_REPORT", untouched.getString("status"));

    // Verdicts: on a report of another recruitment's check, incomplete, with a wrong code.
    long report = uploaded(MedicalClinic.upload(candidate, r, "report.pdf", MedicalClinic.pdf()));
    long report2 = uploaded(MedicalClinic.upload(stranger, r2, "report.pdf", MedicalClinic.pdf()));
    Browsing officer = MedicalClinic.officer();
    for (long st : new long[] {stage, stage2}) {
      expect(200, move(st, "IN_PROGRESS"));
    }
    HttpResponse<String> wrongStage =
        MedicalClinic.review(officer, r, report2, ALL_TICKED, "TJ20261210", "PASS", "");
    expect(404, wrongStage);
    assertTrue(wrongStage.body().contains("no report " + report2), wrongStage.body());
    expect(
        404, MedicalClinic.review(officer, r, 999_999_999L, ALL_TICKED, "TJ20261210", "PASS", ""));
    expect(
        422,
        MedicalClinic.review(
            officer,
            r,
            report,
            ALL_TICKED.replace("\"photo-matches\":true", "\"photo-matches\":false"),
            "TJ20261210",
            "PASS",
            ""));
    expect(
        422,
        MedicalClinic.review(
            officer, r, report, "{\"hospital-seal\":true}", "TJ20261210", "PASS", ""));
    expect(422, MedicalClinic.review(officer, r, report, ALL_TICKED, "AB123", "PASS", ""));
    expect(422, MedicalClinic.review(officer, r, report, ALL_TICKED, "TJ20261210", "FAIL", ""));
    expect(422, MedicalClinic.review(officer, r, report, ALL_TICKED, "TJ20261210", "MAYBE", ""));
    expect(403, MedicalClinic.review(candidate, r, report, ALL_TICKED, "TJ20261210", "PASS", ""));
    assertEquals("SUBMITTED", MedicalClinic.mine(candidate, r).getString("status"));
    assertEquals("SUBMITTED", MedicalClinic.mine(stranger, r2).getString("status"));
    JsonObject results =
        Http.object(expect(200, Admin.get(StagePipeline.API + "/stages/" + stage + "/results")));
    assertTrue(
        results.getJsonArray("lines").stream()
            .map(l -> l.asJsonObject())
            .noneMatch(
                l ->
                    l.containsKey("status")
                        && !l.isNull("status")
                        && "PASSED".equals(l.getString("status"))),
        results.toString());

    // Without a session: 401.
    expect(401, Http.get(API + "/me/checks"));
  }

  private static long stageOf(HttpResponse<String> chain) {
    expect(200, chain);
    return Http.array(chain).getJsonObject(0).getJsonNumber("id").longValue();
  }

  private static long uploaded(HttpResponse<String> r) {
    expect(201, r);
    return Http.object(r).getJsonNumber("id").longValue();
  }

  private static HttpResponse<String> expect(int status, HttpResponse<String> r) {
    Recruiting.expect(status, r);
    return r;
  }
}
