package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.CoreDeployments;
import org.zhaokao.it.support.Eventually;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Notifications;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.StagePipeline;

/**
 * Satisfaction surveys (Q2): staff define one for a recruitment, it waits until opened, the
 * recruitment's candidates are told and answer once each, and staff read the figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyIT extends CoreDeployments {

  static final String ADMIN = Recruiting.ADMIN_API + "/surveys";
  static final String MINE = "/zhaokao/api/v1/me/surveys";

  @Test
  void aSurveyOpensNotifiesAndTakesOneAnswerPerCandidateUntilClosed() {
    StagePipeline.Setup setup = StagePipeline.approved(2);
    long survey = define(setup.recruitment(), "招考全程满意度调查");
    assertEquals("SCHEDULED", status(setup.recruitment(), survey), "the recruitment has not ended");
    Browsing first = setup.people().get(0);
    assertTrue(mine(first).stream().noneMatch(s -> id(s) == survey), "not shown before it opens");
    expect(409, answer(first, survey, marks(5, 5, 5, 5, 5, 5, null)));

    JsonObject opened = Http.object(expect200(Admin.post(ADMIN + "/" + survey + "/open", "", "")));
    assertEquals("OPEN", opened.getString("status"));
    expect(409, Admin.post(ADMIN + "/" + survey + "/open", "", ""));
    JsonObject notice =
        Eventually.await(
            "the survey's notice in the candidate's inbox",
            Notifications.DELIVERY,
            () ->
                Http.object(first.get("/zhaokao/api/v1/me/inbox")).getJsonArray("messages").stream()
                    .map(JsonValue::asJsonObject)
                    .filter(m -> m.getString("eventType").equals("survey.opened"))
                    .findFirst());
    assertTrue(notice.getString("subject").contains("招考全程满意度调查"), notice.toString());

    JsonObject listed = mine(first).stream().filter(s -> id(s) == survey).findFirst().orElseThrow();
    assertFalse(listed.getBoolean("answered"));
    expect(201, answer(first, survey, marks(4, 4, 5, 3, 4, 5, "考点安排周到")));
    assertTrue(
        mine(first).stream()
            .filter(s -> id(s) == survey)
            .findFirst()
            .orElseThrow()
            .getBoolean("answered"));

    HttpResponse<String> again = answer(first, survey, marks(1, 1, 1, 1, 1, 1, null));
    expect(409, again);
    assertTrue(Http.object(again).getString("type").endsWith("survey-answered"), again.body());
    assertEquals(1, results(survey).getInt("responses"), "the second answer is not stored");

    expect(200, Admin.post(ADMIN + "/" + survey + "/close", "", ""));
    HttpResponse<String> late =
        answer(setup.people().get(1), survey, marks(3, 3, 3, 3, 3, 3, null));
    expect(409, late);
    assertTrue(Http.object(late).getString("type").endsWith("survey-not-open"), late.body());
    assertEquals(1, results(survey).getInt("responses"));
  }

  @Test
  void badAnswersAndOutsidersAreRefusedAndNothingIsStored() {
    StagePipeline.Setup setup = StagePipeline.approved(1);
    long survey = define(setup.recruitment(), "面试环节满意度");
    expect(200, Admin.post(ADMIN + "/" + survey + "/open", "", ""));
    Browsing candidate = setup.people().get(0);

    HttpResponse<String> tooHigh = answer(candidate, survey, marks(6, 4, 4, 4, 4, 0, null));
    expect(422, tooHigh);
    List<String> fields =
        Http.object(tooHigh).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList();
    assertEquals(List.of("overall", "attitude"), fields, tooHigh.body());
    expect(422, answer(candidate, survey, "{\"overall\":4}"));
    expect(422, answer(candidate, survey, marks(4, 4, 4, 4, 4, 4, "长".repeat(2001))));

    Browsing outsider = Recruiting.candidate();
    expect(404, answer(outsider, survey, marks(5, 5, 5, 5, 5, 5, null)));
    assertTrue(mine(outsider).stream().noneMatch(s -> id(s) == survey));
    expect(404, answer(candidate, 999_999_999L, marks(5, 5, 5, 5, 5, 5, null)));
    expect(403, candidate.get(ADMIN + "/" + survey + "/results"));

    assertEquals(0, results(survey).getInt("responses"), "nothing half-saved");

    expect(422, Admin.post(ADMIN, "", "{\"recruitmentId\":" + setup.recruitment() + "}"));
    expect(
        422,
        Admin.post(
            ADMIN,
            "",
            "{\"recruitmentId\":"
                + setup.recruitment()
                + ",\"stageInstanceId\":999999999,"
                + "\"title\":\"笔试\"}"));
    expect(404, Admin.post(ADMIN, "", "{\"recruitmentId\":999999999,\"title\":\"笔试\"}"));
  }

  @Test
  void resultsCountAveragesDistributionRateAndRemarksAndExportToExcel() throws IOException {
    StagePipeline.Setup setup = StagePipeline.approved(3);
    long survey = define(setup.recruitment(), "结果统计");
    expect(200, Admin.post(ADMIN + "/" + survey + "/open", "", ""));
    expect(201, answer(setup.people().get(0), survey, marks(5, 4, 3, 2, 1, 5, "流程清楚")));
    expect(201, answer(setup.people().get(1), survey, marks(4, 4, 4, 4, 4, 4, "=1+1")));

    JsonObject r = results(survey);
    assertEquals(2, r.getInt("responses"));
    assertEquals(3, r.getInt("participants"));
    assertEquals("66.7", r.getJsonNumber("responseRate").bigDecimalValue().toPlainString());
    JsonObject avg = r.getJsonObject("averages");
    assertEquals("4.50", avg.getJsonNumber("overall").bigDecimalValue().toPlainString());
    assertEquals("4.00", avg.getJsonNumber("content").bigDecimalValue().toPlainString());
    assertEquals("3.50", avg.getJsonNumber("process").bigDecimalValue().toPlainString());
    assertEquals("2.50", avg.getJsonNumber("result").bigDecimalValue().toPlainString());
    JsonObject dist = r.getJsonObject("distribution");
    assertEquals(
        List.of(0, 0, 0, 1, 1),
        List.of(
            dist.getInt("1"),
            dist.getInt("2"),
            dist.getInt("3"),
            dist.getInt("4"),
            dist.getInt("5")));
    List<String> remarks =
        r.getJsonArray("remarks").getValuesAs(JsonObject.class).stream()
            .map(m -> m.getString("text"))
            .sorted()
            .toList();
    assertEquals(List.of("=1+1", "流程清楚"), remarks);

    HttpResponse<byte[]> file = Admin.getBytes(ADMIN + "/" + survey + "/results.xlsx");
    assertEquals(200, file.statusCode());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      Sheet sheet = book.getSheetAt(0);
      DataFormatter text = new DataFormatter();
      assertEquals("结果统计", text.formatCellValue(sheet.getRow(0).getCell(1)));
      assertEquals("2", text.formatCellValue(sheet.getRow(1).getCell(1)));
      boolean formulaKeptAsText = false;
      for (Row row : sheet) {
        if (row.getCell(0) != null && "=1+1".equals(row.getCell(0).getStringCellValue())) {
          formulaKeptAsText = true;
        }
      }
      assertTrue(formulaKeptAsText, "a remark is text, never a formula");
    }
  }

  private static long define(long recruitment, String title) {
    HttpResponse<String> r =
        Admin.post(
            ADMIN,
            "",
            jakarta.json.Json.createObjectBuilder()
                .add("recruitmentId", recruitment)
                .add("title", title)
                .build()
                .toString());
    expect(201, r);
    JsonObject s = Http.object(r);
    assertEquals("RECRUITMENT", s.getString("scope"));
    return s.getJsonNumber("id").longValue();
  }

  private static String status(long recruitment, long survey) {
    return Http.array(expect200(Admin.get(ADMIN + "?recruitmentId=" + recruitment))).stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> id(s) == survey)
        .findFirst()
        .orElseThrow()
        .getString("status");
  }

  private static JsonObject results(long survey) {
    return Http.object(expect200(Admin.get(ADMIN + "/" + survey + "/results")));
  }

  private static List<JsonObject> mine(Browsing candidate) {
    return Http.array(expect200(candidate.get(MINE))).getValuesAs(JsonObject.class);
  }

  private static HttpResponse<String> answer(Browsing candidate, long survey, String json) {
    return candidate.post(MINE + "/" + survey + "/response", json);
  }

  private static String marks(
      int overall,
      int content,
      int process,
      int efficiency,
      int result,
      int attitude,
      String remark) {
    var b =
        jakarta.json.Json.createObjectBuilder()
            .add("overall", overall)
            .add("content", content)
            .add("process", process)
            .add("efficiency", efficiency)
            .add("result", result)
            .add("attitude", attitude);
    Optional.ofNullable(remark).ifPresent(t -> b.add("remark", t));
    return b.build().toString();
  }

  private static long id(JsonObject s) {
    return s.getJsonNumber("id").longValue();
  }

  private static HttpResponse<String> expect200(HttpResponse<String> r) {
    expect(200, r);
    return r;
  }
}
