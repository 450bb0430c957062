package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.StagePipeline.compose;
import static org.zhaokao.it.support.StagePipeline.configure;
import static org.zhaokao.it.support.StagePipeline.move;
import static org.zhaokao.it.support.StagePipeline.outcome;
import static org.zhaokao.it.support.StagePipeline.report;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Dates;
import org.zhaokao.it.support.Eventually;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Notifications;
import org.zhaokao.it.support.PipelineDeployments;
import org.zhaokao.it.support.Staff;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.StagePipeline.Setup;

/**
 * A recruitment through its whole stage pipeline, driven by two scoring test stages that report
 * outcomes through the SPI: chain, rules, outcomes, employer confirmation, publication and
 * notification, advancement with a tie at the cut line, composite ranking with its hash and
 * verifier, admission, and substitution during publicity. The refusals are {@link
 * PipelineBadInputIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PipelineIT extends PipelineDeployments {

  private static final String INTERVIEW = "score-interview";
  private static final String PIPELINE = StagePipeline.API;

  @Test
  void aRecruitmentRunsFromOutcomesToAdmissionWithSubstitution() {
    Setup s = StagePipeline.approved(5);
    List<Long> a = s.apps();
    // The interview depends on the written exam: it cannot come first.
    HttpResponse<String> wrongOrder = compose(s.recruitment(), INTERVIEW, WRITTEN);
    expect(422, wrongOrder);
    assertTrue(wrongOrder.body().contains("chain.dependency"), wrongOrder.body());
    JsonArray chain = Http.array(expect(200, compose(s.recruitment(), WRITTEN, INTERVIEW)));
    long written = chain.getJsonObject(0).getJsonNumber("id").longValue();
    long interview = chain.getJsonObject(1).getJsonNumber("id").longValue();

    // Written: 1:1 of the headcount (2 places), ties at the cut line advance; 50 %.
    expect(200, configure(written, "RATIO", 1, null, 100, 50));
    expect(200, configure(interview, "MINIMUM_SCORE", null, 60, 100, 50));
    // Time and place: refused when the end precedes the start (nothing stored), fixed once started.
    String schedule = PIPELINE + "/stages/" + written + "/schedule";
    expect(422, Admin.put(schedule, "application/json", scheduleBody(8, 11, 9, "第十四中学")));
    JsonObject scheduled =
        Http.object(
            expect(200, Admin.put(schedule, "application/json", scheduleBody(8, 9, 11, "第十四中学"))));
    assertEquals("第十四中学", scheduled.getJsonObject("schedule").getString("place"));
    expect(200, move(written, "NOTIFIED"));
    assertEquals(
        "第十四中学",
        myProgress(s.people().get(0), a.get(0))
            .getJsonArray("stages")
            .getJsonObject(0)
            .getJsonObject("schedule")
            .getString("place"));
    expect(200, move(written, "IN_PROGRESS"));
    expect(409, configure(written, "RATIO", 2, null, 100, 50));
    expect(409, Admin.put(schedule, "application/json", scheduleBody(9, 9, 11, "别处")));

    HttpResponse<String> reported =
        report(
            WRITTEN,
            s.recruitment(),
            outcome(a.get(0), "PASSED", 90),
            outcome(a.get(1), "PASSED", 80),
            outcome(a.get(2), "PASSED", 80),
            outcome(a.get(3), "PASSED", 70),
            Json.createObjectBuilder()
                .add("applicationId", a.get(4))
                .add("status", "ABSENT")
                .build());
    expect(200, reported);
    assertEquals(5, Http.object(reported).getInt("stored"));
    // Reporting the same again changes nothing.
    HttpResponse<String> again = report(WRITTEN, s.recruitment(), outcome(a.get(0), "PASSED", 90));
    assertEquals(1, Http.object(expect(200, again)).getInt("unchanged"));

    expect(200, move(written, "RESULTS_ENTERED"));
    Browsing employerUser = Staff.create("employer-user", "EMPLOYER", String.valueOf(s.employer()));
    JsonObject results =
        Http.object(expect(200, employerUser.get(PIPELINE + "/stages/" + written + "/results")));
    assertEquals(List.of(true, true, true, false, false), advancing(results, a));
    expect(200, employerUser.post(PIPELINE + "/stages/" + written + "/confirmation", ""));
    // Confirmed: a plugin's late report is refused, a change needs two people.
    assertEquals(
        422, report(WRITTEN, s.recruitment(), outcome(a.get(3), "PASSED", 85)).statusCode());
    expect(200, Admin.post(PIPELINE + "/stages/" + written + "/publication", "", ""));

    // Everyone got their own result; the three who advance are in the interview with its notice.
    awaitNotified("pipeline.result:stage-" + written + ":application-" + a.get(4));
    awaitNotified("pipeline.notice:stage-" + interview + ":application-" + a.get(2));
    assertEquals("NOTIFIED", myProgress(s.people().get(2), a.get(2)).getString("nextStep"));
    assertEquals("ELIMINATED", myProgress(s.people().get(3), a.get(3)).getString("nextStep"));
    JsonObject mine = myProgress(s.people().get(0), a.get(0));
    assertEquals(
        "90", mine.getJsonArray("stages").getJsonObject(0).getJsonNumber("score").toString());

    // The roster (SPI 1.4): the interview plugin sees the three who advanced, with what its
    // sign-in sheet needs; the written-exam plugin sees its stage published with five entrants.
    JsonArray roster =
        Http.object(
                expect(200, Http.get("/zhaokao-" + INTERVIEW + "/api/roster/" + s.recruitment())))
            .getJsonArray("entrants");
    assertEquals(
        List.of(a.get(0), a.get(1), a.get(2)).stream().sorted().toList(),
        ids(roster, "applicationId").stream().sorted().toList());
    JsonObject first = roster.getJsonObject(0);
    assertFalse(first.getString("realName").isBlank(), first.toString());
    assertTrue(first.getString("maskedIdNumber").contains("*"), first.toString());
    assertTrue(
        first.getString("gender").equals("MALE") || first.getString("gender").equals("FEMALE"));
    JsonObject assignment =
        Http.object(expect(200, Http.get("/zhaokao-" + WRITTEN + "/api/roster")))
            .getJsonArray("assignments")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getJsonNumber("recruitmentId").longValue() == s.recruitment())
            .findFirst()
            .orElseThrow();
    assertEquals("PUBLISHED", assignment.getString("phase"), assignment.toString());
    assertEquals(5, assignment.getInt("entrants"), assignment.toString());
    assertFalse(assignment.getBoolean("takesOutcomes"));

    expect(200, move(interview, "IN_PROGRESS"));
    expect(
        200,
        report(
            INTERVIEW,
            s.recruitment(),
            outcome(a.get(0), "PASSED", 70),
            outcome(a.get(1), "PASSED", 85),
            outcome(a.get(2), "PASSED", 75)));
    expect(200, move(interview, "RESULTS_ENTERED"));
    expect(200, employerUser.post(PIPELINE + "/stages/" + interview + "/confirmation", ""));
    expect(200, Admin.post(PIPELINE + "/stages/" + interview + "/publication", "", ""));

    // Composite: 45+35=80, 40+42.5=82.5, 40+37.5=77.5.
    JsonObject ranking =
        Http.object(
            expect(200, Admin.get(PIPELINE + "/recruitments/" + s.recruitment() + "/ranking")));
    JsonArray lines = ranking.getJsonArray("lines");
    assertEquals(List.of(a.get(1), a.get(0), a.get(2)), ids(lines, "applicationId"));
    assertEquals("82.50", lines.getJsonObject(0).getJsonNumber("composite").toString());
    HttpResponse<String> csv =
        Admin.get(PIPELINE + "/recruitments/" + s.recruitment() + "/ranking.csv");
    expect(200, csv);
    String sha = ranking.getString("inputsSha256");
    assertTrue(csv.body().startsWith("\uFEFFinputs-sha256," + sha), csv.body());
    assertTrue(csv.body().contains("82.50"), csv.body());
    assertEquals(sha, csv.headers().firstValue("X-Inputs-SHA256").orElse(""));
    HttpResponse<byte[]> xlsx =
        Admin.getBytes(PIPELINE + "/recruitments/" + s.recruitment() + "/ranking.xlsx");
    assertEquals(200, xlsx.statusCode());
    assertEquals("PK", new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII));

    JsonObject admission =
        Http.object(
            expect(
                201,
                Admin.post(PIPELINE + "/recruitments/" + s.recruitment() + "/admission", "", "")));
    assertEquals(
        List.of(a.get(1), a.get(0)), ids(admission.getJsonArray("admits"), "applicationId"));
    JsonObject verified =
        Http.object(
            expect(
                200,
                Admin.post(
                    PIPELINE + "/recruitments/" + s.recruitment() + "/ranking/verification",
                    "",
                    "")));
    assertTrue(verified.getBoolean("matches"), verified.toString());

    String publicList = "/zhaokao/api/v1/recruitments/" + s.recruitment() + "/admission";
    expect(404, Http.get(publicList));
    expect(
        200,
        employerUser.post(
            PIPELINE + "/recruitments/" + s.recruitment() + "/admission/confirmation", ""));
    expect(404, Http.get(publicList));
    expect(
        422,
        Admin.post(
            PIPELINE + "/recruitments/" + s.recruitment() + "/admission/publication",
            "",
            "{\"publicityDays\":0}"));
    expect(
        200,
        Admin.post(
            PIPELINE + "/recruitments/" + s.recruitment() + "/admission/publication",
            "",
            "{\"publicityDays\":7}"));
    awaitNotified("pipeline.admitted:application-" + a.get(0));
    JsonObject published = Http.object(expect(200, Http.get(publicList)));
    assertTrue(published.getBoolean("inPublicity"), published.toString());
    assertEquals(2, published.getJsonArray("admits").size(), published.toString());
    assertFalse(published.toString().contains("李四"), "names are masked");
    assertTrue(published.toString().contains("\"maskedName\":\"李*\""), published.toString());
    String page =
        Http.get("/zhaokao/admission.xhtml?recruitment=" + s.recruitment() + "&lang=zh-CN").body();
    assertTrue(page.contains("拟录用人员公示") && page.contains("李*"), page);
    assertTrue(
        Http.get("/zhaokao/recruitment.xhtml?id=" + s.recruitment())
            .body()
            .contains("admission-link"),
        "the recruitment's page links to the list");

    // 递补: the second admit withdraws during publicity; the next ranked is proposed, confirmed,
    // told.
    JsonObject after =
        Http.object(
            expect(
                200,
                Admin.post(
                    PIPELINE
                        + "/recruitments/"
                        + s.recruitment()
                        + "/admission/admits/"
                        + a.get(0)
                        + "/removal",
                    "",
                    "{\"status\":\"WITHDRAWN\",\"reason\":\"本人书面放弃\"}")));
    JsonObject substitute = admit(after, a.get(2));
    assertEquals("PROPOSED", substitute.getString("status"));
    assertEquals(
        a.get(0).longValue(), substitute.getJsonNumber("replacesApplicationId").longValue());
    JsonObject confirmed =
        Http.object(
            expect(
                200,
                employerUser.post(
                    PIPELINE + "/recruitments/" + s.recruitment() + "/admission/confirmation",
                    "")));
    assertEquals("CONFIRMED", admit(confirmed, a.get(2)).getString("status"));
    assertEquals("WITHDRAWN", admit(confirmed, a.get(0)).getString("status"));
    awaitNotified("pipeline.admitted:application-" + a.get(2));
    assertEquals("ADMITTED", myProgress(s.people().get(2), a.get(2)).getString("nextStep"));

    // A late change of a confirmed outcome takes two people, and the verifier then sees it.
    String change = outcome(a.get(3), "PASSED", 95).toString();
    expect(204, Admin.post(PIPELINE + "/stages/" + written + "/outcomes/proposal", "", change));
    expect(
        409,
        Admin.post(
            PIPELINE + "/stages/" + written + "/outcomes/" + a.get(3) + "/approval", "", ""));
    Browsing second = Staff.create("exam-officer", "GLOBAL", "");
    expect(
        204,
        second.post(PIPELINE + "/stages/" + written + "/outcomes/" + a.get(3) + "/approval", ""));
    JsonObject reverified =
        Http.object(
            expect(
                200,
                Admin.post(
                    PIPELINE + "/recruitments/" + s.recruitment() + "/ranking/verification",
                    "",
                    "")));
    assertFalse(reverified.getBoolean("matches"), reverified.toString());
  }

  /**
   * A stage's schedule {@code days} from today, from {@code fromHour} to {@code toHour} (+08:00).
   */
  private static String scheduleBody(int days, int fromHour, int toHour, String place) {
    return Json.createObjectBuilder()
        .add("startsAt", Dates.inDays(days, LocalTime.of(fromHour, 0)).toString())
        .add("endsAt", Dates.inDays(days, LocalTime.of(toHour, 0)).toString())
        .add("place", place)
        .build()
        .toString();
  }

  private static List<Boolean> advancing(JsonObject results, List<Long> apps) {
    List<Boolean> out = new ArrayList<>();
    for (long app : apps) {
      out.add(
          results.getJsonArray("lines").stream()
              .map(JsonValue::asJsonObject)
              .filter(l -> l.getJsonNumber("applicationId").longValue() == app)
              .findFirst()
              .orElseThrow()
              .getBoolean("advancing"));
    }
    return out;
  }

  private static JsonObject myProgress(Browsing candidate, long app) {
    return Http.array(expect(200, candidate.get("/zhaokao/api/v1/me/results"))).stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getJsonNumber("applicationId").longValue() == app)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no progress for application " + app));
  }

  private static JsonObject admit(JsonObject admission, long app) {
    return admission.getJsonArray("admits").stream()
        .map(JsonValue::asJsonObject)
        .filter(x -> x.getJsonNumber("applicationId").longValue() == app)
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("application " + app + " not on the list " + admission));
  }

  private static List<Long> ids(JsonArray rows, String field) {
    return rows.stream().map(r -> r.asJsonObject().getJsonNumber(field).longValue()).toList();
  }

  private static void awaitNotified(String key) {
    Eventually.await(
        "a notification under " + key,
        Duration.ofSeconds(30),
        () ->
            Notifications.deliveries("idempotencyKey", key).stream()
                .findFirst()
                .or(Optional::empty));
  }
}
