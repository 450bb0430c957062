package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
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
import org.zhaokao.it.support.StagePipeline;

/** The statistics dashboard's figures of a recruitment built to a known shape. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticsIT extends CoreDeployments {

  static final String API = Recruiting.ADMIN_API + "/statistics/recruitments/";

  @Test
  void figuresOfAKnownRecruitment() {
    // Three approved applications to position 02 (2 places), one more waiting for review; 01 has
    // none.
    StagePipeline.Setup setup = StagePipeline.approved(3);
    Browsing late = Recruiting.candidate();
    expect(
        201,
        Recruiting.apply(
            late,
            "p-" + UUID.randomUUID(),
            Recruiting.application(setup.recruitment(), setup.position(), "统计学")));
    long survey = surveyAnswered(setup, 5, 4);

    JsonObject all = Http.object(ok(Admin.get(API + setup.recruitment())));
    JsonObject f = all.getJsonObject("figures");
    JsonObject byStatus = f.getJsonObject("applicationsByStatus");
    assertEquals(3, byStatus.getInt("APPROVED"), f.toString());
    assertEquals(1, byStatus.getInt("SUBMITTED"), f.toString());
    assertEquals(2, byStatus.size(), f.toString());

    List<JsonObject> positions = f.getJsonArray("positions").getValuesAs(JsonObject.class);
    assertEquals(List.of("01", "02"), positions.stream().map(p -> p.getString("code")).toList());
    assertEquals(0, positions.get(0).getInt("applicants"));
    assertEquals(4, positions.get(1).getInt("applicants"));
    assertEquals("2.00", positions.get(1).getJsonNumber("ratio").bigDecimalValue().toPlainString());
    assertEquals("02", all.getJsonArray("mostSubscribed").getJsonObject(0).getString("code"));
    assertEquals("01", all.getJsonArray("leastSubscribed").getJsonObject(0).getString("code"));

    JsonObject review = f.getJsonObject("review");
    assertEquals(3, review.getInt("decided"));
    assertEquals(1, review.getInt("waiting"));
    assertNotNull(review.getJsonNumber("averageHours"), review.toString());
    assertTrue(review.getJsonNumber("averageHours").doubleValue() >= 0, review.toString());

    assertEquals(0, f.getJsonArray("stages").size(), "no chain composed");

    JsonObject complaints = f.getJsonObject("complaints");
    assertTrue(complaints.getInt("open") >= complaints.getInt("overdue"), complaints.toString());

    JsonObject satisfaction = f.getJsonArray("surveys").getJsonObject(0);
    assertEquals(survey, satisfaction.getJsonNumber("surveyId").longValue());
    assertEquals(2, satisfaction.getInt("responses"));
    assertEquals(
        "4.50", satisfaction.getJsonNumber("averageOverall").bigDecimalValue().toPlainString());
  }

  @Test
  void anEmployerUserSeesOnlyItsOwnRecruitments() {
    StagePipeline.Setup mine = StagePipeline.approved(1);
    StagePipeline.Setup other = StagePipeline.approved(1);
    Browsing employer = Recruiting.employerUser(mine.employer());
    expect(200, employer.get(API + mine.recruitment()));
    expect(403, employer.get(API + other.recruitment()));
    expect(404, Admin.get(API + 999_999_999L));
    expect(403, mine.people().get(0).get(API + mine.recruitment()));
  }

  private static long surveyAnswered(StagePipeline.Setup setup, int... overall) {
    HttpResponse<String> defined =
        Admin.post(
            Recruiting.ADMIN_API + "/surveys",
            "",
            Json.createObjectBuilder()
                .add("recruitmentId", setup.recruitment())
                .add("title", "统计用调查")
                .build()
                .toString());
    expect(201, defined);
    long survey = Http.object(defined).getJsonNumber("id").longValue();
    expect(200, Admin.post(Recruiting.ADMIN_API + "/surveys/" + survey + "/open", "", ""));
    for (int i = 0; i < overall.length; i++) {
      int m = overall[i];
      expect(
          201,
          setup
              .people()
              .get(i)
              .post(
                  "/zhaokao/api/v1/me/surveys/" + survey + "/response",
                  Json.createObjectBuilder()
                      .add("overall", m)
                      .add("content", m)
                      .add("process", m)
                      .add("efficiency", m)
                      .add("result", m)
                      .add("attitude", m)
                      .build()
                      .toString()));
    }
    return survey;
  }

  private static HttpResponse<String> ok(HttpResponse<String> r) {
    expect(200, r);
    return r;
  }
}
