package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.StagePipeline.compose;
import static org.zhaokao.it.support.StagePipeline.configure;
import static org.zhaokao.it.support.StagePipeline.move;
import static org.zhaokao.it.support.StagePipeline.outcome;
import static org.zhaokao.it.support.StagePipeline.report;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.PipelineDeployments;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.Staff;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.StagePipeline.Setup;

/**
 * Where each application stands after the stages (advanced, eliminated at a stage, admitted), as
 * the candidate ("My applications") and staff (the review queue) see it, and the recruitment's
 * lifecycle: IN_STAGES once the first stage is notified, ADMISSION_PUBLISHED with the list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StandingIT extends PipelineDeployments {

  private static final String INTERVIEW = "score-interview";
  private static final String PIPELINE = StagePipeline.API;

  @Test
  void applicationsShowWhereTheyStandAndTheRecruitmentReachesItsFinalStatus() {
    Setup s = StagePipeline.approved(4);
    List<Long> a = s.apps();
    var chain = Http.array(ok(compose(s.recruitment(), WRITTEN, INTERVIEW)));
    long written = chain.getJsonObject(0).getJsonNumber("id").longValue();
    long interview = chain.getJsonObject(1).getJsonNumber("id").longValue();
    ok(configure(written, "MINIMUM_SCORE", null, 60, 100, 50));
    ok(configure(interview, "MINIMUM_SCORE", null, 60, 100, 50));
    assertTrue(absent(mine(s, 0), "standing"), "no standing before a stage");
    assertTrue(List.of("PUBLISHED").contains(recruitmentStatus(s)), recruitmentStatus(s));

    ok(move(written, "NOTIFIED"));
    assertEquals("IN_STAGES", recruitmentStatus(s));
    JsonObject inStage = mine(s, 0).getJsonObject("standing");
    assertEquals("IN_STAGE", inStage.getString("code"));
    assertEquals(1, inStage.getInt("stageSeq"));

    // Written: 3 pass, the fourth fails and is eliminated at stage 1.
    ok(move(written, "IN_PROGRESS"));
    ok(
        report(
            WRITTEN,
            s.recruitment(),
            outcome(a.get(0), "PASSED", 90),
            outcome(a.get(1), "PASSED", 80),
            outcome(a.get(2), "PASSED", 70),
            outcome(a.get(3), "FAILED", 40)));
    ok(move(written, "RESULTS_ENTERED"));
    Browsing employer = Staff.create("employer-user", "EMPLOYER", String.valueOf(s.employer()));
    ok(employer.post(PIPELINE + "/stages/" + written + "/confirmation", ""));
    // Confirmed is not published: nobody's standing changes yet.
    assertEquals("IN_STAGE", mine(s, 3).getJsonObject("standing").getString("code"));
    ok(Admin.post(PIPELINE + "/stages/" + written + "/publication", "", ""));

    JsonObject advanced = mine(s, 0).getJsonObject("standing");
    assertEquals("ADVANCED", advanced.getString("code"));
    assertEquals(1, advanced.getInt("stageSeq"));
    assertTrue(advanced.getJsonObject("nextStageName").getString("zh").length() > 0);
    JsonObject eliminated = mine(s, 3).getJsonObject("standing");
    assertEquals("ELIMINATED", eliminated.getString("code"));
    assertEquals(1, eliminated.getInt("stageSeq"));
    assertEquals("ELIMINATED", staffView(s, a.get(3)).getJsonObject("standing").getString("code"));

    // Interview: the third fails it; the other two pass the last stage and await the list.
    ok(move(interview, "IN_PROGRESS"));
    ok(
        report(
            INTERVIEW,
            s.recruitment(),
            outcome(a.get(0), "PASSED", 80),
            outcome(a.get(1), "PASSED", 85),
            outcome(a.get(2), "FAILED", 30)));
    ok(move(interview, "RESULTS_ENTERED"));
    ok(employer.post(PIPELINE + "/stages/" + interview + "/confirmation", ""));
    ok(Admin.post(PIPELINE + "/stages/" + interview + "/publication", "", ""));
    JsonObject atTheEnd = mine(s, 1).getJsonObject("standing");
    assertEquals("ADVANCED", atTheEnd.getString("code"));
    assertEquals(2, atTheEnd.getInt("stageSeq"));
    assertTrue(absent(atTheEnd, "nextStageName"), atTheEnd.toString());
    JsonObject second = mine(s, 2).getJsonObject("standing");
    assertEquals("ELIMINATED", second.getString("code"));
    assertEquals(2, second.getInt("stageSeq"));
    assertEquals("IN_STAGES", recruitmentStatus(s));

    // Admission: the position's two places; confirmed and published: admitted, and the
    // recruitment reaches ADMISSION_PUBLISHED.
    expect(201, Admin.post(PIPELINE + "/recruitments/" + s.recruitment() + "/admission", "", ""));
    ok(
        employer.post(
            PIPELINE + "/recruitments/" + s.recruitment() + "/admission/confirmation", ""));
    assertEquals("ADVANCED", mine(s, 0).getJsonObject("standing").getString("code"));
    ok(
        Admin.post(
            PIPELINE + "/recruitments/" + s.recruitment() + "/admission/publication",
            "",
            "{\"publicityDays\":7}"));
    assertEquals("ADMITTED", mine(s, 0).getJsonObject("standing").getString("code"));
    assertEquals("ADMITTED", mine(s, 1).getJsonObject("standing").getString("code"));
    assertEquals("ADMITTED", staffView(s, a.get(1)).getJsonObject("standing").getString("code"));
    assertEquals("ELIMINATED", mine(s, 2).getJsonObject("standing").getString("code"));
    assertEquals("ELIMINATED", mine(s, 3).getJsonObject("standing").getString("code"));
    assertEquals("ADMISSION_PUBLISHED", recruitmentStatus(s));

    // The portal page shows it in the candidate's words.
    String page = s.people().get(0).get("/zhaokao/account/applications.xhtml?lang=zh-CN").body();
    assertTrue(page.contains("data-standing=\"ADMITTED\""), page);
  }

  private static JsonObject mine(Setup s, int i) {
    long app = s.apps().get(i);
    return Http.array(ok(s.people().get(i).get(Recruiting.MY_APPLICATIONS))).stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getJsonNumber("id").longValue() == app)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no application " + app));
  }

  private static JsonObject staffView(Setup s, long app) {
    return Http.array(
            ok(
                Admin.get(
                    Recruiting.ADMIN_API
                        + "/review/recruitments/"
                        + s.recruitment()
                        + "/applications?size=200")))
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getJsonNumber("id").longValue() == app)
        .findFirst()
        .orElseThrow(() -> new AssertionError("staff do not see application " + app));
  }

  private static String recruitmentStatus(Setup s) {
    return Http.object(ok(Admin.get(Recruiting.ADMIN_API + "/recruitments/" + s.recruitment())))
        .getString("status");
  }

  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static HttpResponse<String> ok(HttpResponse<String> r) {
    expect(200, r);
    return r;
  }
}
