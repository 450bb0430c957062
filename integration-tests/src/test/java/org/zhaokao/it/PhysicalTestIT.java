package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.StagePipeline.compose;
import static org.zhaokao.it.support.StagePipeline.move;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Dates;
import org.zhaokao.it.support.Deployments;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.PluginDeployments;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.StagePipeline.Setup;

/**
 * A recruitment's physical test over the stage's REST API: the catalogue edited, the test planned
 * and seated, candidates signed in, figures entered and imported (with the refusals that save
 * nothing), the result sheet printed, and the outcomes in the core's pipeline.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhysicalTestIT extends PluginDeployments {

  private static final String API = "/zhaokao-physical-test/api";

  @Deployment(name = "physical-test", order = 2, testable = false)
  static WebArchive physicalTest() {
    return Deployments.physicalTest();
  }

  @Test
  void aRecruitmentsPhysicalTestRunsFromCatalogueToPipelineOutcomes() {
    // A new item code each run: the PostgreSQL database keeps the catalogue between runs.
    String sitUpsCode =
        "SIT_UPS_" + Long.toString(System.nanoTime() & 0xFFFFFFFFFL, 36).toUpperCase();
    String sitUpsPath = API + "/items/" + sitUpsCode;
    // The catalogue: an item is added and one of the seeded items changed; overlapping bands
    // refused.
    expect(201, Admin.put(sitUpsPath, "", item("仰卧起坐(1分钟)", 18, null)));
    expect(200, Admin.put(sitUpsPath, "", item("仰卧起坐(一分钟)", 16, null)));
    HttpResponse<String> overlapping =
        Admin.put(
            sitUpsPath,
            "",
            item("仰卧起坐", 16, null)
                .replace("]", ",{\"gender\":\"MALE\",\"minAge\":20,\"threshold\":40}]"));
    expect(422, overlapping);
    assertTrue(overlapping.body().contains("overlap"), overlapping.body());
    JsonObject sitUps =
        byKey(Http.array(expect(200, Admin.get(API + "/items"))), "code", sitUpsCode);
    assertEquals("仰卧起坐(一分钟)", sitUps.getString("nameZh"));
    assertEquals(16, sitUps.getJsonArray("standards").getJsonObject(0).getInt("minAge"));

    // A recruitment whose chain holds the physical test; four approved candidates.
    Setup s = StagePipeline.approved(4);
    long r = s.recruitment();
    List<Long> a = s.apps();
    long stage =
        Http.array(expect(200, compose(r, "physical-test")))
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    expect(
        200,
        Admin.put(
            StagePipeline.API + "/stages/" + stage + "/settings",
            "",
            "{\"ruleKind\":\"PASS_FAIL\",\"weight\":0}"));

    // The plan: the public-security items, two of three to pass; four of three is refused.
    String plan =
        "{\"items\":[{\"code\":\"SHUTTLE_10X4\"},{\"code\":\"RUN_1000\"},{\"code\":\"RUN_800\"},"
            + "{\"code\":\"VERTICAL_JUMP\",\"attempts\":3}],\"passRule\":\"AT_LEAST\",\"required\":%d}";
    expect(422, Admin.put(API + "/recruitments/" + r + "/plan", "", plan.formatted(4)));
    JsonObject planned =
        Http.object(
            expect(200, Admin.put(API + "/recruitments/" + r + "/plan", "", plan.formatted(2))));
    assertEquals(2, planned.getJsonArray("items").getJsonObject(0).getInt("attempts"));

    expect(200, move(stage, "NOTIFIED"));
    long session =
        Http.object(
                expect(
                    201,
                    Admin.post(
                        API + "/recruitments/" + r + "/sessions",
                        "",
                        "{\"startsAt\":\""
                            + Dates.inDays(7, LocalTime.of(8, 30))
                            + "\",\"place\":\"市体育中心田径场\"}")))
            .getJsonNumber("id")
            .longValue();
    String seats = API + "/recruitments/" + r + "/sessions/" + session + "/seats";
    expect(422, Admin.put(seats, "", "{\"applicationIds\":[" + a.get(0) + ",999999999]}"));
    expect(200, Admin.put(seats, "", "{\"applicationIds\":" + a + "}"));

    // Sign-in waits for the stage to start, needs the officer's confirmation and the right session.
    String signIn = API + "/recruitments/" + r + "/candidates/%d/sign-in";
    String confirmed = "{\"sessionId\":" + session + ",\"identityConfirmed\":true}";
    expect(409, Admin.post(signIn.formatted(a.get(0)), "", confirmed));
    expect(200, move(stage, "IN_PROGRESS"));
    expect(
        422,
        Admin.post(
            signIn.formatted(a.get(0)),
            "",
            "{\"sessionId\":" + session + ",\"identityConfirmed\":false}"));
    expect(
        422,
        Admin.post(
            signIn.formatted(a.get(0)),
            "",
            "{\"sessionId\":" + (session + 1000) + ",\"identityConfirmed\":true}"));
    JsonObject signed =
        Http.object(expect(200, Admin.post(signIn.formatted(a.get(0)), "", confirmed)));
    assertTrue(signed.getJsonNumber("signedInBy").longValue() > 0);
    expect(409, Admin.post(signIn.formatted(a.get(0)), "", confirmed));
    expect(200, Admin.post(signIn.formatted(a.get(1)), "", confirmed));
    expect(200, Admin.post(signIn.formatted(a.get(3)), "", confirmed));
    // a.get(2) never signs in: absent.

    Map<Long, String> gender =
        Http.array(expect(200, Admin.get(API + "/recruitments/" + r + "/candidates"))).stream()
            .map(JsonValue::asJsonObject)
            .collect(
                Collectors.toMap(
                    c -> c.getJsonNumber("applicationId").longValue(), c -> c.getString("gender")));

    // Figures over REST, all or nothing: one good entry beside one for a candidate not signed in
    // and one for an unknown item saves nothing.
    String attempts = API + "/recruitments/" + r + "/results/attempts";
    HttpResponse<String> refused =
        Admin.post(
            attempts,
            "",
            "["
                + entry(a.get(0), "SHUTTLE_10X4", 1, "12.5")
                + ","
                + entry(a.get(2), "SHUTTLE_10X4", 1, "12.5")
                + ","
                + entry(a.get(0), "PULL_UPS", 1, "12")
                + "]");
    expect(422, refused);
    JsonArray rowErrors = Http.object(refused).getJsonArray("errors");
    assertEquals(2, rowErrors.size(), refused.body());
    assertEquals(2, rowErrors.getJsonObject(0).getInt("row"));
    assertEquals("application", rowErrors.getJsonObject(0).getString("column"));
    assertEquals(3, rowErrors.getJsonObject(1).getInt("row"));
    assertEquals("item", rowErrors.getJsonObject(1).getString("column"));
    assertTrue(candidate(r, a.get(0)).getJsonArray("items").getJsonObject(0).isNull("best"));
    // A third attempt at the shuttle run (two allowed) is refused too.
    expect(422, Admin.post(attempts, "", "[" + entry(a.get(0), "SHUTTLE_10X4", 3, "12.5") + "]"));

    // Candidate 0 passes everything; candidate 1 meets only the shuttle run.
    String run0 = run(gender.get(a.get(0)));
    String run1 = run(gender.get(a.get(1)));
    JsonObject saved =
        Http.object(
            expect(
                200,
                Admin.post(
                    attempts,
                    "",
                    "["
                        + entry(a.get(0), "SHUTTLE_10X4", 1, "13.9")
                        + ","
                        + entry(a.get(0), "SHUTTLE_10X4", 2, "12.0")
                        + ","
                        + entry(a.get(0), run0, 1, "240")
                        + ","
                        + entry(a.get(1), "SHUTTLE_10X4", 1, "12.0")
                        + "]")));
    assertEquals(4, saved.getInt("saved"));

    // The timing device's CSV: a wrong file is reported by row and column and saves nothing.
    String imports = API + "/recruitments/" + r + "/results/imports";
    String badCsv =
        "application,item,attempt,value\n"
            + a.get(1)
            + ","
            + run1
            + ",1,5:30\n"
            + a.get(1)
            + ",VERTICAL_JUMP,1,tall\n";
    HttpResponse<String> badImport =
        Admin.browsing().postBytes(imports, "text/csv", badCsv.getBytes(StandardCharsets.UTF_8));
    expect(422, badImport);
    JsonObject csvError = Http.object(badImport).getJsonArray("errors").getJsonObject(0);
    assertEquals(3, csvError.getInt("row"));
    assertEquals("value", csvError.getString("column"));
    assertTrue(candidate(r, a.get(1)).getJsonArray("items").getJsonObject(1).isNull("best"));
    String csv =
        "application,item,attempt,value\n"
            + a.get(1)
            + ","
            + run1
            + ",1,5:30\n"
            + a.get(1)
            + ",VERTICAL_JUMP,1,200\n"
            + a.get(1)
            + ",VERTICAL_JUMP,2,210\n"
            + a.get(0)
            + ",VERTICAL_JUMP,1,280\n";
    JsonObject imported =
        Http.object(
            expect(
                200,
                Admin.browsing()
                    .postBytes(imports, "text/csv", csv.getBytes(StandardCharsets.UTF_8))));
    assertEquals(4, imported.getInt("saved"));

    // Candidate 3 is removed for a rule breach.
    expect(
        200,
        Admin.post(
            API + "/recruitments/" + r + "/candidates/" + a.get(3) + "/disqualification",
            "",
            "{\"reason\":\"冒名顶替\"}"));

    JsonObject first = candidate(r, a.get(0));
    assertEquals("PASSED", first.getString("status"), first.toString());
    assertEquals(
        0,
        new java.math.BigDecimal("12")
            .compareTo(
                first
                    .getJsonArray("items")
                    .getJsonObject(0)
                    .getJsonNumber("best")
                    .bigDecimalValue()));
    assertEquals("FAILED", candidate(r, a.get(1)).getString("status"));

    // The result sheet, then the outcomes to the pipeline.
    HttpResponse<byte[]> sheet = Admin.getBytes(API + "/recruitments/" + r + "/sheets/results.pdf");
    assertEquals(200, sheet.statusCode());
    assertEquals("%PDF", new String(sheet.body(), 0, 4, StandardCharsets.US_ASCII));
    HttpResponse<byte[]> signInSheet =
        Admin.getBytes(API + "/recruitments/" + r + "/sheets/sessions/" + session + "/sign-in.pdf");
    assertEquals(200, signInSheet.statusCode());

    JsonObject reported =
        Http.object(
            expect(200, Admin.post(API + "/recruitments/" + r + "/results/report", "", "")));
    assertEquals(4, reported.getInt("stored"));
    JsonObject results =
        Http.object(expect(200, Admin.get(StagePipeline.API + "/stages/" + stage + "/results")));
    Map<Long, JsonObject> lines =
        results.getJsonArray("lines").stream()
            .map(JsonValue::asJsonObject)
            .collect(Collectors.toMap(l -> l.getJsonNumber("applicationId").longValue(), l -> l));
    assertEquals("PASSED", lines.get(a.get(0)).getString("status"));
    assertEquals("FAILED", lines.get(a.get(1)).getString("status"));
    assertEquals("ABSENT", lines.get(a.get(2)).getString("status"));
    assertEquals("DISQUALIFIED", lines.get(a.get(3)).getString("status"));
    assertEquals("冒名顶替", lines.get(a.get(3)).getString("remark"));
    JsonObject passed = lines.get(a.get(0));
    assertTrue(!passed.containsKey("score") || passed.isNull("score"), passed.toString());

    // The tablet screen opens for staff, in Chinese by default.
    HttpResponse<String> screen = Admin.get("/zhaokao-physical-test/results.xhtml");
    expect(200, screen);
    assertTrue(screen.body().contains("体能测试现场录入"), screen.body());
    HttpResponse<String> catalogue = Admin.get("/zhaokao-physical-test/catalogue.xhtml");
    expect(200, catalogue);
    assertTrue(catalogue.body().contains("纵跳摸高"), catalogue.body());

    // Without a session, the API answers 401; a candidate has no permission.
    expect(401, Http.get(API + "/recruitments/" + r + "/candidates"));
    expect(403, s.people().get(0).get(API + "/recruitments/" + r + "/candidates"));
  }

  private static HttpResponse<String> expect(int status, HttpResponse<String> r) {
    Recruiting.expect(status, r);
    return r;
  }

  private static JsonObject candidate(long r, long app) {
    return byKey(
        Http.array(expect(200, Admin.get(API + "/recruitments/" + r + "/candidates"))),
        "applicationId",
        app);
  }

  private static JsonObject byKey(JsonArray rows, String key, Object value) {
    return rows.stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.get(key).toString().replace("\"", "").equals(String.valueOf(value)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + key + "=" + value + " in " + rows));
  }

  /** The run a candidate of this gender sits: 1000 m for men, 800 m for women. */
  private static String run(String gender) {
    return "MALE".equals(gender) ? "RUN_1000" : "RUN_800";
  }

  private static String entry(long app, String item, int attempt, String value) {
    return Json.createObjectBuilder()
        .add("applicationId", app)
        .add("item", item)
        .add("attempt", attempt)
        .add("value", new java.math.BigDecimal(value))
        .build()
        .toString();
  }

  private static String item(String nameZh, int minAge, Integer maxAge) {
    return "{\"nameZh\":\""
        + nameZh
        + "\",\"nameEn\":\"Sit-ups (1 minute)\",\"unit\":\"reps\",\"direction\":\"HIGHER_IS_BETTER\","
        + "\"defaultAttempts\":1,\"standards\":[{\"gender\":\"MALE\",\"minAge\":"
        + minAge
        + (maxAge == null ? "" : ",\"maxAge\":" + maxAge)
        + ",\"threshold\":35},{\"gender\":\"FEMALE\",\"minAge\":"
        + minAge
        + ",\"threshold\":30}]}";
  }
}
