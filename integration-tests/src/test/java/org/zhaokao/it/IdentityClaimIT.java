package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.EvidenceForms.JPEG;
import static org.zhaokao.it.support.EvidenceForms.PNG;
import static org.zhaokao.it.support.EvidenceForms.assertProblem;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.AuditApi;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.CoreDeployments;
import org.zhaokao.it.support.EvidenceForms;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Json;
import org.zhaokao.it.support.Mailbox;
import org.zhaokao.it.support.Notifications;
import org.zhaokao.it.support.People;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.SmsProvider;
import org.zhaokao.it.support.Staff;

/**
 * Claiming an ID number someone else registered (身份证号认领): the holder of the ID card files a claim
 * without an account, with a photo of the card and a code sent by SMS to the mobile given (missing,
 * wrong or expired codes refused, nothing kept); bad input is refused and nothing kept, one
 * claimant cannot file twice for the same number; a reviewer reads the photo (audited) and approves
 * — the number moves to a new account for the claimant, who logs in with it, and the squatting
 * account is disabled and told and its live applications withdrawn — or refuses, and the claimant
 * is told why by e-mail. One client address may ask for only so many SMS codes an hour. Decided
 * claims lose their photo and statement after the retention period; the decision stays.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityClaimIT extends CoreDeployments {

  private static final String CLAIMS = "/zhaokao/api/v1/identity-claims";
  private static final String QUEUE = "/zhaokao/api/v1/admin/identity-claims";

  private static final String VALID_FOR = "zhaokao.identity.code.validFor";
  private static final String RETENTION_DAYS = "zhaokao.identity.claim.evidenceRetentionDays";
  private static final String PER_ADDRESS = "zhaokao.identity.claim.codesPerAddressPerHour";
  private static final String GENEROUS = "1000";

  private static Mailbox mail;
  @RegisterExtension static final SmsProvider SMS = new SmsProvider();

  @BeforeAll
  static void startSmtp() {
    mail = Mailbox.start();
    // Every test asks for codes from this one address; reruns on a kept database within the hour
    // must not spend the address's allowance.
    SMS.settings().set(PER_ADDRESS, GENEROUS);
  }

  @AfterAll
  static void stopSmtp() {
    mail.close();
    SMS.settings().remove(PER_ADDRESS);
  }

  @Test
  void approvedClaimMovesTheNumberToTheClaimant() throws Exception {
    People.Person squatter = registered();
    Browsing squatting = Browsing.as(squatter.idNumber(), squatter.password());
    long recruitment = Recruiting.published(Recruiting.employer());
    String title = Recruiting.view(recruitment).getString("title");
    long application =
        Recruiting.applied(squatting, recruitment, Recruiting.positionId(recruitment, "02"));
    People.Person owner = ownerOf(squatter.idNumber());

    JsonObject filed = Http.object(expect(201, file(claimWithCode(owner), "身份证.jpg", JPEG)));
    assertEquals("PENDING", filed.getString("status"));
    assertEquals(Set.of("id", "status", "filedAt"), filed.keySet(), "nothing of the holder leaks");
    long id = filed.getJsonNumber("id").longValue();

    // The same claimant cannot file twice for the same number while the first claim waits.
    assertProblem(file(claim(owner), "again.jpg", JPEG), 409, "identity-claim.pending");

    // Only reviewers see the queue; the reviewer sees the holder and reads the photo (audited).
    assertEquals(403, squatting.get(QUEUE).statusCode());
    Browsing reviewer = Staff.create("reviewer", "GLOBAL", "");
    JsonObject row = Http.object(expect(200, reviewer.get(QUEUE + "/" + id)));
    assertEquals(owner.name(), row.getString("claimantName"));
    assertTrue(row.getString("idNumber").contains("*"), "the ID number is masked: " + row);
    assertTrue(queued(reviewer).contains(id));
    JsonObject live = row.getJsonArray("holderApplications").getJsonObject(0);
    assertEquals(title, live.getString("recruitment"), "" + row);
    assertEquals("LIVE", live.getString("status"), "" + row);
    HttpResponse<String> console = reviewer.get("/zhaokao/console/identity-claims.xhtml");
    assertEquals(200, console.statusCode());
    assertTrue(console.body().contains(title), "the queue names the holder's application");
    assertTrue(console.body().contains("进行中（通过后将撤销）"), "and what approval does to it");
    HttpResponse<byte[]> evidence = reviewer.getBytes(QUEUE + "/" + id + "/evidence");
    assertEquals(200, evidence.statusCode());
    assertArrayEquals(JPEG, evidence.body());

    JsonObject approved =
        Http.object(expect(200, reviewer.post(QUEUE + "/" + id + "/approve", "{}")));
    assertEquals("APPROVED", approved.getString("status"));
    assertEquals("DISABLED", approved.getString("holderStatus"));
    // The holder's applications are shown as what approval made them: withdrawn.
    JsonObject gone = approved.getJsonArray("holderApplications").getJsonObject(0);
    assertEquals(title, gone.getString("recruitment"), "" + approved);
    assertEquals("WITHDRAWN", gone.getString("status"), "" + approved);
    JsonObject reread = Http.object(expect(200, reviewer.get(QUEUE + "/" + id)));
    assertTrue(
        reread.getJsonArray("holderApplications").stream()
            .allMatch(a -> a.asJsonObject().getString("status").equals("WITHDRAWN")),
        "" + reread);
    // The squatter's live application was filed under someone else's identity: withdrawn, with the
    // reason, by the recruitment module, and audited.
    JsonObject withdrawal = AuditApi.events("application.withdrawn", "application", application);
    assertEquals(1, withdrawal.getInt("total"), "" + withdrawal);
    assertTrue(withdrawal.toString().contains("identity-claim"), "" + withdrawal);
    assertEquals(409, reviewer.post(QUEUE + "/" + id + "/approve", "{}").statusCode());
    assertFalse(queued(reviewer).contains(id));

    // The claimant logs in with the ID number and the password chosen when filing; the squatter's
    // session is over and the disabled account can log in no more.
    Browsing claimant = Browsing.as(owner.idNumber(), owner.password());
    JsonObject me = claimant.me().getJsonObject("account");
    assertTrue(me.getString("maskedIdNumber").endsWith(owner.idNumber().substring(14)), "" + me);
    assertEquals(401, squatting.get("/zhaokao/api/v1/me").statusCode());
    assertEquals(403, new Browsing().login(squatter.mobile(), squatter.password()).statusCode());
    Notifications.inboxMessage(claimant, "身份证号认领已通过");

    // Registering the number again is refused: it is the claimant's now.
    People.Person f = People.fresh();
    People.Person again =
        new People.Person("赵四", owner.idNumber(), f.mobile(), f.email(), f.password());
    assertProblem(
        Http.postJson("/zhaokao/api/v1/candidates", again.registration()),
        409,
        "id-number-registered");

    for (String action :
        java.util.List.of(
            "identity-claim.filed", "identity-claim.evidence.viewed", "identity-claim.approved")) {
      JsonObject rows = AuditApi.events(action, "identity-claim", id);
      assertEquals(1, rows.getInt("total"), action + ": " + rows);
      assertFalse(rows.toString().contains(owner.idNumber()), "no clear ID number in the trail");
    }
  }

  @Test
  void refusedClaimTellsTheClaimantWhy() throws Exception {
    People.Person squatter = registered();
    People.Person owner = ownerOf(squatter.idNumber());
    Map<String, String> refiled = claimWithCode(owner);
    long id =
        Http.object(expect(201, file(refiled, "card.png", PNG))).getJsonNumber("id").longValue();
    mail.awaitMessages(owner.email(), 1);
    Browsing reviewer = Staff.create("reviewer", "GLOBAL", "");
    JsonObject refused =
        EvidenceForms.refused(reviewer, QUEUE, id, "identity-claim.reason", "照片无法辨认");
    assertEquals("REFUSED", refused.getString("status"));
    assertEquals("ACTIVE", refused.getString("holderStatus"));
    mail.awaitMessages(owner.email(), 2);
    String text = Mailbox.text(mail.to(owner.email()).get(1));
    assertTrue(text.contains("照片无法辨认"), text);

    // The squatter keeps the account; the claimant may file again once the claim is decided: the
    // pending claim no longer blocks it, only the used code does (a new one comes a minute later).
    expect(200, Browsing.as(squatter.idNumber(), squatter.password()).get("/zhaokao/api/v1/me"));
    assertProblem(file(refiled, "better.jpg", JPEG), 422, "\"code\"");
  }

  @Test
  void badClaimsAreRefusedAndNothingKept() {
    People.Person squatter = registered();
    People.Person owner = ownerOf(squatter.idNumber());
    Browsing reviewer = Staff.create("reviewer", "GLOBAL", "");
    int before = queued(reviewer).size();

    assertProblem(file(claim(owner), null, null), 422, "evidence.missing");
    assertProblem(
        file(claim(owner), "card.jpg", "GIF89a not a photo".getBytes(StandardCharsets.UTF_8)),
        422,
        "evidence.type");
    Map<String, String> badId = claim(owner);
    badId.put("idNumber", "110105199001011234");
    assertProblem(file(badId, "card.jpg", JPEG), 422, "idNumber.");
    Map<String, String> free = claim(owner);
    free.put("idNumber", People.fresh().idNumber());
    assertProblem(file(free, "card.jpg", JPEG), 422, "identity-claim.not-registered");
    Map<String, String> silent = claim(owner);
    silent.remove("statement");
    assertProblem(file(silent, "card.jpg", JPEG), 422, "identity-claim.statement");
    Map<String, String> takenMobile = claim(owner);
    takenMobile.put("mobile", squatter.mobile());
    assertProblem(file(takenMobile, "card.jpg", JPEG), 409, "mobile-registered");

    assertEquals(before, queued(reviewer).size(), "no refused claim was kept");
    assertEquals(404, reviewer.get(QUEUE + "/999999999").statusCode());
  }

  @Test
  void aClaimNeedsTheCodeSentToItsMobile() throws Exception {
    People.Person squatter = registered();
    People.Person owner = ownerOf(squatter.idNumber());
    Browsing reviewer = Staff.create("reviewer", "GLOBAL", "");
    int before = queued(reviewer).size();

    assertProblem(file(claim(owner), "card.jpg", JPEG), 422, "identity-claim.code");
    assertProblem(sendCode("1380013800"), 422, "mobile");
    assertProblem(sendCode(squatter.mobile()), 409, "mobile-registered");
    Map<String, String> wrong = claimWithCode(owner);
    String right = wrong.get("code");
    assertProblem(sendCode(owner.mobile()), 409, "code-too-soon");
    wrong.put("code", right.equals("000000") ? "111111" : "000000");
    assertProblem(file(wrong, "card.jpg", JPEG), 422, "\"code\"");
    assertEquals(before, queued(reviewer).size(), "nothing kept without the right code");

    // A code past its validity is refused too (validity shortened to a second for this test).
    People.Person late = ownerOf(registered().idNumber());
    SMS.settings().set(VALID_FOR, "PT1S");
    Map<String, String> expired;
    try {
      expired = claimWithCode(late);
    } finally {
      SMS.settings().remove(VALID_FOR);
    }
    Thread.sleep(1500);
    assertProblem(file(expired, "card.jpg", JPEG), 422, "\"code\"");
    assertEquals(before, queued(reviewer).size(), "nothing kept with an expired code");

    // The right code, after a wrong try, still files the claim; it is used up then.
    wrong.put("code", right);
    long id =
        Http.object(expect(201, file(wrong, "card.jpg", JPEG))).getJsonNumber("id").longValue();
    assertTrue(queued(reviewer).contains(id));
    JsonObject sent =
        Http.object(Admin.get(AuditApi.EVENTS + "?action=identity-claim.code.sent&size=1"));
    assertTrue(sent.getInt("total") >= 1, "" + sent);
    assertFalse(sent.toString().contains(owner.mobile()), "the mobile is masked in the trail");
  }

  @Test
  void oneAddressCannotHaveCodesSentToManyNumbers() throws Exception {
    String first = ownerOf(registered().idNumber()).mobile();
    String second = ownerOf(registered().idNumber()).mobile();
    SMS.settings().set(PER_ADDRESS, "1");
    HttpResponse<String> refused;
    try {
      // This address has asked for a code within the hour by now (here or in another test).
      sendCode(first);
      refused = sendCode(second);
    } finally {
      SMS.settings().set(PER_ADDRESS, GENEROUS);
    }
    assertProblem(refused, 429, "claim-codes-per-address");
    assertTrue(refused.body().contains("network address"), refused.body());
    assertTrue(refused.headers().firstValue("Retry-After").isPresent(), "" + refused.headers());

    // Nothing was sent or kept for the refused number: with a larger allowance, its first code
    // goes out at once (no "too soon") and reaches it.
    SMS.drain();
    expect(202, sendCode(second));
    assertEquals(6, SMS.codeSentTo(second, "验证码").length());
  }

  @Test
  void theEvidenceOfDecidedClaimsIsPurgedAfterTheRetentionAndTheDecisionStays() throws Exception {
    People.Person squatter = registered();
    People.Person owner = ownerOf(squatter.idNumber());
    long decided =
        Http.object(expect(201, file(claimWithCode(owner), "card.jpg", JPEG)))
            .getJsonNumber("id")
            .longValue();
    People.Person other = ownerOf(registered().idNumber());
    long waiting =
        Http.object(expect(201, file(claimWithCode(other), "card.jpg", JPEG)))
            .getJsonNumber("id")
            .longValue();
    Browsing reviewer = Staff.create("reviewer", "GLOBAL", "");
    EvidenceForms.refused(reviewer, QUEUE, decided, "identity-claim.reason", "照片无法辨认");

    SMS.settings().set(RETENTION_DAYS, "0");
    JsonObject run;
    try {
      assertEquals(403, squatterSession(squatter).post(QUEUE + "/retention/run", "").statusCode());
      run = Http.object(expect(200, reviewer.post(QUEUE + "/retention/run", "")));
    } finally {
      SMS.settings().remove(RETENTION_DAYS);
    }
    assertEquals(0, run.getInt("retentionDays"));
    assertTrue(run.getInt("purged") >= 1, "" + run);

    JsonObject kept = Http.object(expect(200, reviewer.get(QUEUE + "/" + decided)));
    assertEquals("REFUSED", kept.getString("status"));
    assertEquals("照片无法辨认", kept.getString("refusalReason"), "the decision stays");
    assertEquals("", kept.getString("statement"));
    assertTrue(kept.containsKey("evidencePurgedAt"), "" + kept);
    assertProblem(
        reviewer.get(QUEUE + "/" + decided + "/evidence"), 409, "identity-claim.evidence-purged");
    // A claim still waiting keeps its evidence whatever the retention.
    assertEquals(200, reviewer.getBytes(QUEUE + "/" + waiting + "/evidence").statusCode());

    JsonObject purged =
        AuditApi.events("identity-claim.evidence.purged", "identity-claim", decided);
    assertEquals(1, purged.getInt("total"), "" + purged);
    JsonObject runs =
        Http.object(Admin.get(AuditApi.EVENTS + "?action=identity-claim.retention.run&size=1"));
    assertTrue(runs.getInt("total") >= 1, "" + runs);

    // With the default retention (three years) a second run purges nothing more.
    assertEquals(
        0, Http.object(expect(200, reviewer.post(QUEUE + "/retention/run", ""))).getInt("purged"));
  }

  @Test
  void theClaimPageIsThereInBothLanguages() {
    HttpResponse<String> zh = Http.get("/zhaokao/claim.xhtml");
    assertEquals(200, zh.statusCode());
    assertTrue(zh.body().contains("身份证号认领"), "title");
    assertTrue(zh.body().contains("multipart/form-data"), "the form uploads the photo");
    assertTrue(zh.body().contains("发送验证码"), "the send-code step");
    HttpResponse<String> en = Http.get("/zhaokao/claim.xhtml?lang=en");
    assertEquals(200, en.statusCode());
    assertTrue(en.body().contains("Claim an ID number"), "English title");
    assertTrue(en.body().contains("Send a code"), "the send-code step in English");
  }

  private static People.Person registered() {
    People.Person p = People.fresh();
    expect(201, Http.postJson("/zhaokao/api/v1/candidates", p.registration()));
    return p;
  }

  /** The card's rightful holder: the same ID number, their own name, mobile and e-mail. */
  private static People.Person ownerOf(String idNumber) {
    People.Person other = People.fresh();
    return new People.Person("王小明", idNumber, other.mobile(), other.email(), other.password());
  }

  private static Map<String, String> claim(People.Person owner) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("realName", owner.name());
    fields.put("idNumber", owner.idNumber());
    fields.put("mobile", owner.mobile());
    fields.put("email", owner.email());
    fields.put("statement", "报名时发现我的身份证号已被他人注册，我从未注册过该账号。");
    fields.put("password", owner.password());
    return fields;
  }

  /** The claim form with the code the claimant's mobile received by SMS. */
  private static Map<String, String> claimWithCode(People.Person owner) throws Exception {
    SMS.drain();
    expect(202, sendCode(owner.mobile()));
    Map<String, String> fields = claim(owner);
    fields.put("code", SMS.codeSentTo(owner.mobile(), "验证码"));
    return fields;
  }

  private static HttpResponse<String> sendCode(String mobile) {
    return new Browsing().post(CLAIMS + "/code", Json.object("mobile", mobile));
  }

  private static Browsing squatterSession(People.Person p) {
    return Browsing.as(p.idNumber(), p.password());
  }

  private static Set<Long> queued(Browsing reviewer) {
    return EvidenceForms.queued(reviewer, QUEUE);
  }

  /** A multipart/form-data claim as the browser's form sends it, without logging in. */
  private static HttpResponse<String> file(
      Map<String, String> fields, String fileName, byte[] evidence) {
    return EvidenceForms.post(new Browsing(), CLAIMS, fields, fileName, evidence);
  }
}
