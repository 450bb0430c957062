package org.zhaokao.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.ADMIN_API;
import static org.zhaokao.it.support.Recruiting.MY_APPLICATIONS;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.CoreDeployments;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Recruiting;

/**
 * Staff publish a recruitment with four eyes, the public sees it, and the announcement is clean;
 * bad input is refused whole.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecruitmentIT extends CoreDeployments {

  @Test
  void publicationTakesASecondPersonAndThenThePublicSeesIt() {
    long employer = Recruiting.employer();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
    long id = Recruiting.draft(employer, now.minusHours(1), now.plusDays(5));
    JsonObject draft = Recruiting.view(id);
    assertEquals("DRAFT", draft.getString("status"));
    assertFalse(draft.getString("announcementHtml").contains("script"), "announcement is cleaned");
    assertEquals(404, Http.get("/zhaokao/api/v1/recruitments/" + id).statusCode());

    expect(200, Admin.post(ADMIN_API + "/recruitments/" + id + "/submission", "", ""));
    HttpResponse<String> own = Admin.post(ADMIN_API + "/recruitments/" + id + "/approval", "", "");
    assertEquals(403, own.statusCode(), "the submitter cannot approve: " + own.body());
    assertEquals("application/problem+json", own.headers().firstValue("Content-Type").orElse(""));
    assertEquals("PENDING_PUBLICATION", Recruiting.view(id).getString("status"));

    expect(200, Recruiting.publisher().post(ADMIN_API + "/recruitments/" + id + "/approval", ""));
    assertEquals("PUBLISHED", Recruiting.view(id).getString("status"));

    assertTrue(
        Http.array(Http.get("/zhaokao/api/v1/recruitments")).stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(r -> r.getJsonNumber("id").longValue() == id),
        "listed publicly");
    HttpResponse<String> detail = Http.get("/zhaokao/api/v1/recruitments/" + id);
    expect(200, detail);
    JsonObject pub = Http.object(detail);
    assertEquals("APPLYING", pub.getString("phase"));
    assertEquals(2, pub.getJsonArray("positions").size());
    assertEquals(0, pub.getJsonArray("positions").getJsonObject(0).getInt("applicants"));
    assertTrue(pub.getJsonArray("workPlan").isEmpty(), "the work plan is internal");
    HttpResponse<String> page = Http.get("/zhaokao/recruitment.xhtml?id=" + id + "&lang=zh-CN");
    expect(200, page);
    assertTrue(page.body().contains("统计调查岗01"), "the public page lists positions");
    assertFalse(page.body().contains("alert('x')"));

    expect(
        200,
        Recruiting.publisher()
            .post(
                ADMIN_API + "/recruitments/" + id + "/unpublication", "{\"reason\":\"公告内容需更正\"}"));
    assertEquals(404, Http.get("/zhaokao/api/v1/recruitments/" + id).statusCode());
  }

  @Test
  void thePublicPositionListIsPagedAndSearchable() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
    long id = Recruiting.draft(Recruiting.employer(), now.minusHours(1), now.plusDays(10));
    for (int n = 1; n <= 53; n++) {
      String code = String.format("P%02d", n);
      var form = Recruiting.position(code, 1).add("title", "综合管理岗" + code);
      if (n == 42) {
        form.add("department", "信息中心");
      }
      expect(
          201,
          Admin.post(
              ADMIN_API + "/recruitments/" + id + "/positions", "", form.build().toString()));
    }
    Recruiting.publish(id);
    String positions = "/zhaokao/api/v1/recruitments/" + id + "/positions";

    JsonObject first = Http.object(Http.get(positions));
    assertEquals(55, first.getInt("total"));
    assertEquals(2, first.getInt("pages"));
    assertEquals(50, first.getJsonArray("items").size());
    JsonObject second = Http.object(Http.get(positions + "?page=2"));
    assertEquals(5, second.getJsonArray("items").size());
    JsonObject found =
        Http.object(Http.get(positions + "?q=" + URLEncoder.encode(" 信息中心 ", UTF_8)));
    assertEquals(1, found.getInt("total"));
    assertEquals("P42", found.getJsonArray("items").getJsonObject(0).getString("code"));
    JsonObject odd = Http.object(Http.get(positions + "?page=-3&size=0"));
    assertEquals(1, odd.getInt("page"), "a page before the first is the first");
    assertEquals(50, odd.getInt("size"), "a size of nothing is the default");
    expect(404, Http.get("/zhaokao/api/v1/recruitments/" + (id + 100_000) + "/positions"));

    HttpResponse<String> page =
        Http.get(
            "/zhaokao/recruitment.xhtml?lang=zh-CN&id="
                + id
                + "&q="
                + URLEncoder.encode("信息中心", UTF_8));
    expect(200, page);
    assertTrue(page.body().contains("综合管理岗P42"), "the search finds it");
    assertFalse(page.body().contains("统计调查岗01"), "and shows nothing else");
    assertTrue(page.body().contains("共 1 个岗位"), "with the count");
    HttpResponse<String> last =
        Http.get("/zhaokao/recruitment.xhtml?lang=zh-CN&id=" + id + "&page=2");
    assertTrue(last.body().contains("第 2 / 2 页"), "the second page says so");
    assertTrue(last.body().contains("id=\"previous\""), "and links back");
    assertFalse(last.body().contains("id=\"next\""), "but not on");
  }

  @Test
  void onlyAHolderOfTheEditPermissionWritesRecruitments() {
    long employer = Recruiting.employer();
    Browsing reviewer = org.zhaokao.it.support.Staff.create("reviewer", "GLOBAL", "");
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
    HttpResponse<String> r =
        reviewer.post(
            ADMIN_API + "/recruitments",
            Recruiting.recruitmentForm(employer, now, now.plusDays(1)).build().toString());
    assertEquals(403, r.statusCode(), r.body());
    assertEquals(403, reviewer.post(ADMIN_API + "/employers", "{}").statusCode());
    Browsing candidate = Recruiting.candidate();
    assertEquals(403, candidate.get(ADMIN_API + "/recruitments").statusCode());
    assertEquals(401, Http.get(ADMIN_API + "/recruitments").statusCode());
  }

  @Test
  void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
    HttpResponse<String> employer =
        Admin.post(ADMIN_API + "/employers", "", "{\"code\":\"bad code!\",\"name\":\"\"}");
    assertEquals(422, employer.statusCode(), employer.body());
    assertEquals(
        "application/problem+json", employer.headers().firstValue("Content-Type").orElse(""));
    JsonObject problem = Http.object(employer);
    assertTrue(problem.getJsonArray("errors").size() >= 5, problem.toString());
    assertTrue(problem.getJsonArray("errors").toString().contains("agreement"));

    long id = Recruiting.employer();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
    String code = Recruiting.code("R");
    String bad =
        Recruiting.recruitmentForm(id, now, now.minusDays(1))
            .add("code", code)
            .add("announcementHtml", "<script>only a script</script>")
            .build()
            .toString();
    HttpResponse<String> r = Admin.post(ADMIN_API + "/recruitments", "", bad);
    assertEquals(422, r.statusCode(), r.body());
    String errors = Http.object(r).getJsonArray("errors").toString();
    assertTrue(errors.contains("closesAt") && errors.contains("announcementHtml"), errors);
    assertFalse(
        Http.array(Admin.get(ADMIN_API + "/recruitments")).toString().contains(code),
        "nothing half-saved");

    long draft = Recruiting.draft(id, now, now.plusDays(3));
    HttpResponse<String> position =
        Admin.post(
            ADMIN_API + "/recruitments/" + draft + "/positions",
            "",
            Recruiting.position("09", 0)
                .add(
                    "requirements",
                    jakarta.json.Json.createObjectBuilder().add("minAge", 40).add("maxAge", 30))
                .build()
                .toString());
    assertEquals(422, position.statusCode(), position.body());
    assertTrue(
        position.body().contains("headcount") && position.body().contains("requirements.maxAge"));
    assertEquals(2, Recruiting.view(draft).getJsonArray("positions").size());
    assertEquals(400, Admin.post(ADMIN_API + "/recruitments", "", "{not json").statusCode());
  }

  @Test
  void theDemoRecruitmentIsPublishedAndTheDemoCandidateHasApplied() {
    assertTrue(
        Http.array(Http.get("/zhaokao/api/v1/recruitments")).stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(r -> r.getString("code").equals("2026-DEMO-01")));
    Browsing zhang = Browsing.as("13800138000", "Kaosheng-Demo-2026");
    HttpResponse<String> mine = zhang.get(MY_APPLICATIONS);
    expect(200, mine);
    assertTrue(mine.body().contains("2026年某市人力资源和社会保障局"), mine.body());
  }
}
