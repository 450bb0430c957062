package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.AuditApi;
import org.zhaokao.it.support.CoreDeployments;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.SiteContent;

/**
 * Site content goes public only after a second person's review against the stated criteria; each
 * publication is a version, versions compare and roll back through the review again; rich text is
 * cleaned, plain fields are shown as text, bad input is refused whole.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentIT extends CoreDeployments {

  @Test
  void theAuthorCannotApproveAndTheApprovalPublishes() {
    String marker = "护照-" + UUID.randomUUID().toString().substring(0, 8);
    long id = SiteContent.draft("FAQ", "可以用护照报名吗？" + marker, "<p>港澳台居民可以使用通行证。" + marker + "</p>");
    assertTrue(faq(marker).isEmpty(), "a draft is not public");
    expect(200, Admin.post(SiteContent.PAGES + "/" + id + "/submission", "", ""));

    HttpResponse<String> own =
        Admin.post(SiteContent.PAGES + "/" + id + "/approval", "", SiteContent.ALL_CRITERIA);
    assertEquals(403, own.statusCode(), "the author cannot approve: " + own.body());
    assertEquals("SUBMITTED", SiteContent.view(id).getString("status"));
    assertTrue(faq(marker).isEmpty());

    HttpResponse<String> partial =
        Recruiting.publisher()
            .post(SiteContent.PAGES + "/" + id + "/approval", "{\"criteria\":[\"ACCURATE\"]}");
    assertEquals(422, partial.statusCode(), "every criterion is confirmed: " + partial.body());

    expect(
        200,
        Recruiting.publisher()
            .post(SiteContent.PAGES + "/" + id + "/approval", SiteContent.ALL_CRITERIA));
    JsonObject published = SiteContent.view(id);
    assertEquals("PUBLISHED", published.getString("status"));
    assertEquals(1, published.getInt("publishedVersion"));
    assertEquals(1, faq(marker).size(), "the FAQ search finds it");
    HttpResponse<String> page = Http.get("/zhaokao/faq.xhtml?q=" + enc(marker) + "&lang=zh-CN");
    expect(200, page);
    assertTrue(page.body().contains("可以用护照报名吗？" + marker), "the public FAQ page shows it");
    for (String action :
        List.of("content.page.created", "content.page.submitted", "content.page.published")) {
      assertEquals(1, audited(id, action), action);
    }
    assertEquals(1, audited(id, "authz.denied"), "the author's attempt is audited");
  }

  private static int audited(long id, String action) {
    HttpResponse<String> r =
        Admin.get(
            AuditApi.EVENTS + "?targetType=content-page&targetId=" + id + "&action=" + action);
    expect(200, r);
    return Http.object(r).getInt("total");
  }

  @Test
  void aRejectionNamesTheCriteriaAndKeepsThePageOffTheSite() {
    long id = SiteContent.draft("GUIDE_INTERVIEW", "面试指南", "<p>面试当天请携带身份证。</p>");
    expect(200, Admin.post(SiteContent.PAGES + "/" + id + "/submission", "", ""));
    HttpResponse<String> noNote =
        Recruiting.publisher()
            .post(SiteContent.PAGES + "/" + id + "/rejection", "{\"criteria\":[\"ACCURATE\"]}");
    assertEquals(422, noNote.statusCode(), noNote.body());
    expect(
        200,
        Recruiting.publisher()
            .post(
                SiteContent.PAGES + "/" + id + "/rejection",
                "{\"criteria\":[\"ACCURATE\"],\"note\":\"面试时间与公告不一致\"}"));
    JsonObject back = SiteContent.view(id);
    assertEquals("DRAFT", back.getString("status"));
    assertEquals("面试时间与公告不一致", back.getString("reviewNote"));
    assertEquals(404, Http.get("/zhaokao/api/v1/content/pages/" + id).statusCode());
  }

  @Test
  void everyPublicationIsAVersionAndARollbackIsReviewedAgain() {
    long id = SiteContent.draft("GUIDE_WRITTEN_EXAM", "笔试指南", "<p>提前30分钟入场。</p>");
    SiteContent.publish(id);
    expect(
        200,
        Admin.put(
            SiteContent.PAGES + "/" + id,
            "",
            SiteContent.form("GUIDE_WRITTEN_EXAM", "笔试指南", "<p>提前45分钟入场。</p><p>禁止携带手机。</p>")));
    assertEquals("DRAFT", SiteContent.view(id).getString("status"));
    assertTrue(
        Http.get("/zhaokao/api/v1/content/pages/" + id).body().contains("30分钟"),
        "the site keeps the published version while a change waits");
    SiteContent.publish(id);
    assertTrue(Http.get("/zhaokao/api/v1/content/pages/" + id).body().contains("45分钟"));

    HttpResponse<String> versions = Admin.get(SiteContent.PAGES + "/" + id + "/versions");
    expect(200, versions);
    assertEquals(2, Http.array(versions).size());
    assertEquals(2, Http.array(versions).getJsonObject(0).getInt("number"), "newest first");

    HttpResponse<String> diff = Admin.get(SiteContent.PAGES + "/" + id + "/diff?from=1&to=2");
    expect(200, diff);
    String lines = diff.body();
    assertTrue(lines.contains("\"REMOVED\"") && lines.contains("30分钟"), lines);
    assertTrue(lines.contains("\"ADDED\"") && lines.contains("禁止携带手机"), lines);

    HttpResponse<String> rollback =
        Recruiting.publisher().post(SiteContent.PAGES + "/" + id + "/versions/1/rollback", "");
    expect(200, rollback);
    JsonObject draft = Http.object(rollback);
    assertEquals("DRAFT", draft.getString("status"));
    assertTrue(draft.getString("bodyHtml").contains("30分钟"));
    assertTrue(
        Http.get("/zhaokao/api/v1/content/pages/" + id).body().contains("45分钟"),
        "a rollback is not public before its review");
    expect(200, Recruiting.publisher().post(SiteContent.PAGES + "/" + id + "/submission", ""));
    assertEquals(
        403,
        Recruiting.publisher()
            .post(SiteContent.PAGES + "/" + id + "/approval", SiteContent.ALL_CRITERIA)
            .statusCode(),
        "who rolled back cannot approve the rollback");
    expect(
        200, Admin.post(SiteContent.PAGES + "/" + id + "/approval", "", SiteContent.ALL_CRITERIA));
    JsonObject live = Http.object(Http.get("/zhaokao/api/v1/content/pages/" + id));
    assertEquals(3, live.getInt("version"));
    assertTrue(live.getString("bodyHtml").contains("30分钟"));
    HttpResponse<String> guides = Http.get("/zhaokao/guides.xhtml?lang=zh-CN");
    expect(200, guides);
    assertTrue(guides.body().contains("提前30分钟入场"), "the guides page shows it");
  }

  @Test
  void markupIsStrippedFromRichTextAndShownAsTextInPlainFields() {
    long id =
        SiteContent.draft(
            "FAQ",
            "<script>alert('t')</script>标题<b>粗</b>",
            "<p onclick=\"alert('x')\">答案<script>alert('y')</script><img src=x onerror=alert(1)>"
                + "<a href=\"javascript:alert(2)\">链接</a></p>");
    JsonObject page = SiteContent.view(id);
    String body = page.getString("bodyHtml");
    assertFalse(
        body.contains("script") || body.contains("onclick") || body.contains("onerror"), body);
    assertFalse(body.contains("javascript:"), body);
    assertTrue(body.contains("答案"), body);
    assertEquals("<script>alert('t')</script>标题<b>粗</b>", page.getString("title"), "kept as typed");
    SiteContent.publish(id);
    HttpResponse<String> faq = Http.get("/zhaokao/faq.xhtml?lang=zh-CN");
    expect(200, faq);
    assertFalse(faq.body().contains("<script>alert('t')"), "the title is escaped on the page");
    assertTrue(faq.body().contains("&lt;script&gt;alert("), "the title shows as text");
    assertFalse(faq.body().contains("alert('y')"));
  }

  @Test
  void emptyOrOversizedFieldsAreRefusedAndNothingIsSaved() {
    int before = Http.array(Admin.get(SiteContent.PAGES)).size();
    HttpResponse<String> empty =
        Admin.post(SiteContent.PAGES, "", SiteContent.form("FAQ", "  ", "<script>x</script>"));
    assertEquals(422, empty.statusCode(), empty.body());
    assertEquals("application/problem+json", empty.headers().firstValue("Content-Type").orElse(""));
    String errors = Http.object(empty).getJsonArray("errors").toString();
    assertTrue(errors.contains("title") && errors.contains("bodyHtml"), errors);

    HttpResponse<String> oversized =
        Admin.post(
            SiteContent.PAGES,
            "",
            SiteContent.form("FAQ", "问".repeat(201), "<p>" + "答".repeat(100_001) + "</p>"));
    assertEquals(422, oversized.statusCode(), oversized.body());
    HttpResponse<String> noKind =
        Admin.post(SiteContent.PAGES, "", "{\"title\":\"t\",\"bodyHtml\":\"<p>b</p>\"}");
    assertEquals(422, noKind.statusCode(), noKind.body());
    assertEquals(before, Http.array(Admin.get(SiteContent.PAGES)).size(), "nothing saved");
  }

  @Test
  void licencesAreSettingsStaffEditAndEveryFooterShows() {
    HttpResponse<String> bad =
        Admin.put(
            "/zhaokao/api/v1/admin/settings",
            "",
            "{\"licence.icp.number\":\"<b>x</b>\",\"complaint.answerDays\":\"0\",\"no.such\":\"1\"}");
    assertEquals(422, bad.statusCode(), bad.body());
    String before =
        Http.object(Admin.get("/zhaokao/api/v1/admin/settings")).getString("licence.icp.number");
    String number = "京ICP备" + (10_000_000 + new java.util.Random().nextInt(80_000_000)) + "号";
    try {
      showsEverywhere(number);
    } finally {
      Admin.put(
          "/zhaokao/api/v1/admin/settings",
          "",
          jakarta.json.Json.createObjectBuilder()
              .add("licence.icp.number", before)
              .build()
              .toString());
    }
  }

  private static void showsEverywhere(String number) {
    HttpResponse<String> ok =
        Admin.put(
            "/zhaokao/api/v1/admin/settings", "", "{\"licence.icp.number\":\"" + number + "\"}");
    expect(200, ok);
    assertEquals(number, Http.object(ok).getString("licence.icp.number"));
    assertEquals(
        403,
        Recruiting.publisher()
            .send("PUT", "/zhaokao/api/v1/admin/settings", "{\"licence.icp.number\":\"x\"}")
            .statusCode(),
        "a content editor does not change settings");
    for (String path : new String[] {"/zhaokao/", "/zhaokao/login.xhtml", "/zhaokao/faq.xhtml"}) {
      assertTrue(Http.get(path).body().contains(number), "footer of " + path);
    }
    assertTrue(Admin.get("/zhaokao/console/index.xhtml").body().contains(number), "console footer");
  }

  @Test
  void feedbackIsLeftFromAnyPageAndReadByStaffAsText() {
    HttpResponse<String> faqPage = Http.get("/zhaokao/faq.xhtml?lang=zh-CN");
    assertTrue(
        faqPage.body().contains("/zhaokao/feedback.xhtml?page=/zhaokao/faq.xhtml"),
        "the footer links to the feedback form with the page");
    expect(200, Http.get("/zhaokao/feedback.xhtml?page=/zhaokao/faq.xhtml&lang=zh-CN"));
    String marker = "反馈-" + UUID.randomUUID().toString().substring(0, 8);
    String text = "<script>alert('f')</script>" + marker;
    expect(
        201,
        Http.postJson(
            "/zhaokao/api/v1/feedback",
            org.zhaokao.it.support.Json.object("page", "/zhaokao/faq.xhtml", "text", text)));
    HttpResponse<String> list = Admin.get("/zhaokao/api/v1/admin/feedback");
    expect(200, list);
    JsonObject mine =
        Http.array(list).stream()
            .map(JsonValue::asJsonObject)
            .filter(f -> f.getString("text").contains(marker))
            .findFirst()
            .orElseThrow();
    assertEquals(text, mine.getString("text"), "kept as typed");
    assertEquals("/zhaokao/faq.xhtml", mine.getString("page"));
    String console = Admin.get("/zhaokao/console/feedback.xhtml").body();
    assertTrue(
        console.contains("&lt;script&gt;alert(") && console.contains(marker), "shown as text");
    assertFalse(console.contains("<script>alert('f')"));

    int before = Http.array(list).size();
    assertEquals(
        422,
        Http.postJson(
                "/zhaokao/api/v1/feedback",
                org.zhaokao.it.support.Json.object("page", "/zhaokao/", "text", " "))
            .statusCode());
    assertEquals(
        422,
        Http.postJson(
                "/zhaokao/api/v1/feedback",
                org.zhaokao.it.support.Json.object(
                    "page", "https://evil.example/", "text", "x".repeat(2001)))
            .statusCode());
    assertEquals(before, Http.array(Admin.get("/zhaokao/api/v1/admin/feedback")).size());
    assertEquals(
        403,
        org.zhaokao.it.support.Staff.create("reviewer", "GLOBAL", "")
            .get("/zhaokao/api/v1/admin/feedback")
            .statusCode());
  }

  private static java.util.List<JsonObject> faq(String q) {
    HttpResponse<String> r = Http.get("/zhaokao/api/v1/content/faq?q=" + enc(q));
    expect(200, r);
    return Http.array(r).stream().map(JsonValue::asJsonObject).toList();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
