package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.ADMIN_API;
import static org.zhaokao.it.support.Recruiting.MY_APPLICATIONS;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
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
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.CoreDeployments;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Pdfs;
import org.zhaokao.it.support.People;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.Staff;

/**
 * The employer confirms or disputes the review's decisions; only confirmed ones reach candidates,
 * disputed ones go back to the reviewer, and another employer's users change nothing. Once all are
 * answered, the employer's confirmation document (用人单位确认书) lists them and verifies by its QR code.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmployerConfirmationIT extends CoreDeployments {

  private static final String REVIEW = ADMIN_API + "/review";
  private static final String CONFIRMATION = ADMIN_API + "/confirmation";
  private static final String VERIFY = "/zhaokao/api/v1/confirmation-documents/verification?token=";

  private static long apply(Browsing candidate, long recruitment) {
    return Recruiting.applied(candidate, recruitment, Recruiting.positionId(recruitment, "02"));
  }

  private static void decide(long application, String json) {
    expect(200, Admin.post(REVIEW + "/applications/" + application + "/decision", "", json));
  }

  private static HttpResponse<String> send(long recruitment) {
    return Admin.post(REVIEW + "/recruitments/" + recruitment + "/employer-confirmation", "", "");
  }

  private static JsonObject mine(Browsing candidate, long application) {
    HttpResponse<String> r = candidate.get(MY_APPLICATIONS + "/" + application);
    expect(200, r);
    return Http.object(r);
  }

  private static List<Long> awaiting(Browsing employerUser, long recruitment) {
    HttpResponse<String> r =
        employerUser.get(CONFIRMATION + "/recruitments/" + recruitment + "/applications");
    expect(200, r);
    return Http.array(r).stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .sorted()
        .toList();
  }

  private static List<String> inboxSubjects(Browsing candidate) {
    return Http.object(candidate.get("/zhaokao/api/v1/me/inbox")).getJsonArray("messages").stream()
        .map(m -> m.asJsonObject().getString("subject"))
        .toList();
  }

  @Test
  void onlyConfirmedDecisionsArePublishedAndNotified() {
    long employer = Recruiting.employer();
    long recruitment = Recruiting.published(employer);
    Browsing passing = Recruiting.candidate();
    Browsing failing = Recruiting.candidate();
    long a = apply(passing, recruitment);
    long b = apply(failing, recruitment);
    decide(a, "{\"decision\":\"APPROVE\"}");
    decide(b, "{\"decision\":\"REJECT\",\"reasonCode\":\"incomplete\"}");
    assertEquals("SUBMITTED", mine(passing, a).getString("status"), "not before confirmation");

    HttpResponse<String> sent = send(recruitment);
    expect(200, sent);
    assertEquals(2, Http.object(sent).getInt("sent"));
    assertEquals(409, send(recruitment).statusCode(), "nothing more to send");

    Browsing employerUser = Recruiting.employerUser(employer);
    assertEquals(List.of(a, b), awaiting(employerUser, recruitment));
    JsonArray rows =
        Http.array(
            employerUser.get(CONFIRMATION + "/recruitments/" + recruitment + "/applications"));
    JsonObject rowB = Http.withId(rows, b);
    assertEquals("REJECTED", rowB.getString("status"));
    assertEquals("PENDING", rowB.getString("confirmation"));
    assertTrue(rowB.getString("reason").contains("不完整"), rowB.toString());
    HttpResponse<String> screen =
        employerUser.get(
            "/zhaokao/console/confirmation/queue.xhtml?lang=zh-CN&recruitment=" + recruitment);
    expect(200, screen);
    assertTrue(
        screen.body().contains("审核结果确认")
            && screen.body().contains("zk-confirm")
            && screen.body().contains("审核不通过"),
        "the console lists the decisions to confirm");

    HttpResponse<String> confirmed =
        employerUser.post(
            CONFIRMATION + "/applications/" + a + "/confirmation", "{\"comment\":\"同意\"}");
    expect(200, confirmed);
    assertEquals("CONFIRMED", Http.object(confirmed).getString("confirmation"));
    JsonObject published = mine(passing, a);
    assertEquals("APPROVED", published.getString("status"));
    assertTrue(published.getJsonArray("timeline").toString().contains("APPROVED"));
    assertTrue(inboxSubjects(passing).stream().anyMatch(s -> s.startsWith("资格审核通过")));
    assertEquals(
        409,
        employerUser.post(CONFIRMATION + "/applications/" + a + "/confirmation", "{}").statusCode(),
        "confirmed once");

    // A dispute needs a comment, undoes the decision and puts it back in the reviewer's queue.
    HttpResponse<String> bare =
        employerUser.post(CONFIRMATION + "/applications/" + b + "/dispute", "{}");
    assertEquals(422, bare.statusCode(), bare.body());
    expect(
        200,
        employerUser.post(
            CONFIRMATION + "/applications/" + b + "/dispute", "{\"comment\":\"该考生已补交材料，请重新审核\"}"));
    JsonObject queued =
        Http.array(
                Admin.get(
                    REVIEW + "/recruitments/" + recruitment + "/applications?status=SUBMITTED"))
            .getJsonObject(0);
    assertEquals(b, queued.getJsonNumber("id").longValue());
    assertEquals("DISPUTED", queued.getString("confirmation"));
    assertEquals("该考生已补交材料，请重新审核", queued.getString("confirmationComment"));
    JsonObject candidateSide = mine(failing, b);
    assertEquals("SUBMITTED", candidateSide.getString("status"));
    assertFalse(candidateSide.getJsonArray("timeline").toString().contains("REJECTED"));
    assertTrue(inboxSubjects(failing).isEmpty(), "nothing told about a disputed rejection");

    decide(b, "{\"decision\":\"APPROVE\"}");
    assertEquals(1, Recruiting.confirmAll(recruitment, employerUser));
    assertEquals("APPROVED", mine(failing, b).getString("status"));

    AuditApi.linkPending();
    for (String action :
        List.of(
            "application.review.sent-to-employer",
            "application.review.confirmed",
            "application.review.disputed")) {
      HttpResponse<String> events = Admin.get(AuditApi.EVENTS + "?action=" + action + "&size=50");
      expect(200, events);
      assertTrue(
          events.body().contains("\"" + (action.endsWith("employer") ? recruitment : b) + "\""),
          action + ": " + events.body());
    }
  }

  @Test
  void anotherEmployersUserChangesNothing() {
    long employer = Recruiting.employer();
    long recruitment = Recruiting.published(employer);
    Browsing candidate = Recruiting.candidate();
    long a = apply(candidate, recruitment);
    decide(a, "{\"decision\":\"REJECT\",\"reason\":\"学历证书无法核验\"}");
    expect(200, send(recruitment));

    Browsing stranger = Recruiting.employerUser(Recruiting.employer());
    assertEquals(
        403,
        stranger.get(CONFIRMATION + "/recruitments/" + recruitment + "/applications").statusCode());
    HttpResponse<String> confirm =
        stranger.post(CONFIRMATION + "/applications/" + a + "/confirmation", "{}");
    assertEquals(403, confirm.statusCode(), confirm.body());
    assertEquals(
        "application/problem+json", confirm.headers().firstValue("Content-Type").orElse(""));
    assertEquals(
        403,
        stranger
            .post(CONFIRMATION + "/applications/" + a + "/dispute", "{\"comment\":\"不同意\"}")
            .statusCode());
    // Reviewers do not confirm their own decisions.
    Browsing reviewer = Staff.create("reviewer", "GLOBAL", "");
    assertEquals(
        403,
        reviewer.post(CONFIRMATION + "/applications/" + a + "/confirmation", "{}").statusCode());

    Browsing own = Recruiting.employerUser(employer);
    assertEquals(List.of(a), awaiting(own, recruitment), "still waiting, unchanged");
    JsonObject seen = mine(candidate, a);
    assertEquals("SUBMITTED", seen.getString("status"));
    assertNull(seen.getString("reason", null), "no reason before confirmation");
    // Unconfirmed, the rejection keeps the application live: no second one in the recruitment.
    HttpResponse<String> again =
        Recruiting.apply(
            candidate,
            "k-" + UUID.randomUUID(),
            Recruiting.application(recruitment, Recruiting.positionId(recruitment, "01"), "软件工程"));
    assertEquals(409, again.statusCode(), again.body());
  }

  @Test
  void theConfirmationDocumentListsWhatTheEmployerConfirmedAndVerifiesByItsQrCode()
      throws Exception {
    long employer = Recruiting.employer();
    long recruitment = Recruiting.published(employer);
    String code = Recruiting.view(recruitment).getString("code");
    People.Person passing = People.fresh();
    People.Person failing = People.fresh();
    Browsing passingCandidate = registered(passing);
    long a = apply(passingCandidate, recruitment);
    long b = apply(registered(failing), recruitment);
    decide(a, "{\"decision\":\"APPROVE\"}");
    decide(b, "{\"decision\":\"REJECT\",\"reason\":\"学历证书无法核验\"}");
    String staffPdf = REVIEW + "/recruitments/" + recruitment + "/confirmation-document.pdf";
    String employerPdf = CONFIRMATION + "/recruitments/" + recruitment + "/document.pdf";
    Browsing employerUser = Recruiting.employerUser(employer);

    // Nothing confirmed yet, then one result still waiting: no document, and it says why.
    HttpResponse<String> early = Admin.get(staffPdf);
    assertEquals(409, early.statusCode(), early.body());
    assertTrue(early.body().contains("confirmation-document-not-ready"), early.body());
    expect(200, send(recruitment));
    expect(200, employerUser.post(CONFIRMATION + "/applications/" + a + "/confirmation", "{}"));
    HttpResponse<String> incomplete = employerUser.get(employerPdf);
    assertEquals(409, incomplete.statusCode(), incomplete.body());
    assertTrue(incomplete.body().contains("still wait"), incomplete.body());
    assertTrue(
        employerUser
            .get("/zhaokao/console/confirmation/queue.xhtml?lang=zh-CN&recruitment=" + recruitment)
            .body()
            .contains("招考单位确认全部已提交的审核结果后"),
        "the console says when the document comes");
    expect(200, employerUser.post(CONFIRMATION + "/applications/" + b + "/confirmation", "{}"));

    byte[] pdf = Pdfs.download(employerUser, employerPdf);
    String text = Pdfs.text(pdf);
    assertTrue(text.contains("用人单位确认书") && text.contains(code), text);
    assertTrue(text.contains("某市统计局") && text.contains("单位联络员"), "employer and confirmer");
    assertTrue(text.contains(passing.name()) && text.contains(failing.name()), text);
    assertTrue(text.contains("合格 1 人，不合格 1 人"), text);
    assertTrue(text.contains("审核通过") && text.contains("审核不通过"), text);
    String ticket = mine(passingCandidate, a).getString("ticketNumber");
    // A long ticket number may wrap inside its cell.
    assertTrue(text.replaceAll("\\s", "").contains(ticket), "the ticket number: " + text);
    assertFalse(text.contains(passing.idNumber()), "ID numbers are masked");
    String staffText = Pdfs.text(Pdfs.download(Admin.browsing(), staffPdf));
    String digest = text.replaceAll("(?s).*SHA-256）：\\s*([0-9a-f]{64}).*", "$1");
    assertEquals(64, digest.length(), text);
    assertTrue(staffText.contains(digest), "staff get the same document");
    assertTrue(
        Admin.get("/zhaokao/console/review/queue.xhtml?lang=zh-CN&recruitment=" + recruitment)
            .body()
            .contains("confirmation-document.pdf"),
        "the review console links it");

    URI address = URI.create(Pdfs.qrCode(pdf));
    assertTrue(address.getPath().endsWith("/zhaokao/confirmation-document.xhtml"), "" + address);
    String token = Pdfs.token(address);
    JsonObject verified = Http.object(expect(200, Http.get(VERIFY + encode(token))));
    assertTrue(verified.getBoolean("current"), verified.toString());
    assertEquals(digest, verified.getString("digest"));
    assertEquals(1, verified.getInt("approved"));
    assertEquals(1, verified.getInt("rejected"));
    String page =
        Http.get(address.getRawPath() + "?" + address.getRawQuery() + "&lang=zh-CN").body();
    assertTrue(page.contains("确认书真实有效") && page.contains(code), page);
    String[] parts = token.split("\\.");
    String otherRecruitment = parts[0] + "." + (recruitment + 1) + "." + parts[2] + "." + parts[3];
    String otherDigest = parts[0] + "." + parts[1] + "." + "0".repeat(64) + "." + parts[3];
    for (String forged : new String[] {otherRecruitment, otherDigest, "c1.1.00.00", ""}) {
      assertEquals(404, Http.get(VERIFY + encode(forged)).statusCode(), forged);
    }

    // Strangers get nothing; a later confirmed result makes the printed list no longer current.
    assertEquals(403, Recruiting.employerUser(Recruiting.employer()).get(employerPdf).statusCode());
    assertEquals(403, passingCandidate.get(employerPdf).statusCode());
    long c = apply(Recruiting.candidate(), recruitment);
    decide(c, "{\"decision\":\"APPROVE\"}");
    assertEquals(1, Recruiting.confirmAll(recruitment, employerUser));
    JsonObject superseded = Http.object(expect(200, Http.get(VERIFY + encode(token))));
    assertFalse(superseded.getBoolean("current"), superseded.toString());
    assertEquals(2, superseded.getInt("approved"));
  }

  private static Browsing registered(People.Person p) {
    expect(201, Http.postJson("/zhaokao/api/v1/candidates", p.registration()));
    return Browsing.as(p.idNumber(), p.password());
  }

  private static String encode(String token) {
    return URLEncoder.encode(token, StandardCharsets.UTF_8);
  }
}
