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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.AuditApi;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Deployments;
import org.zhaokao.it.support.EvidenceForms;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Mailbox;
import org.zhaokao.it.support.Notifications;
import org.zhaokao.it.support.People;
import org.zhaokao.it.support.Staff;

/**
 * Claiming an ID number someone else registered (身份证号认领): the holder of the ID card files a claim
 * without an account, with a photo of the card; bad input is refused and nothing kept, one claimant
 * cannot file twice for the same number; a reviewer reads the photo (audited) and approves — the
 * number moves to a new account for the claimant, who logs in with it, and the squatting account is
 * disabled and told — or refuses, and the claimant is told why by e-mail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityClaimIT {

  private static final String CLAIMS = "/zhaokao/api/v1/identity-claims";
  private static final String QUEUE = "/zhaokao/api/v1/admin/identity-claims";

  private static Mailbox mail;

  @Deployment(name = "core", testable = false)
  static EnterpriseArchive core() {
    return Deployments.core();
  }

  @BeforeAll
  static void startSmtp() {
    mail = Mailbox.start();
  }

  @AfterAll
  static void stopSmtp() {
    mail.close();
  }

  @Test
  void approvedClaimMovesTheNumberToTheClaimant() {
    People.Person squatter = registered();
    Browsing squatting = Browsing.as(squatter.idNumber(), squatter.password());
    People.Person owner = ownerOf(squatter.idNumber());

    JsonObject filed = Http.object(expect(201, file(claim(owner), "身份证.jpg", JPEG)));
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
    HttpResponse<byte[]> evidence = reviewer.getBytes(QUEUE + "/" + id + "/evidence");
    assertEquals(200, evidence.statusCode());
    assertArrayEquals(JPEG, evidence.body());

    JsonObject approved =
        Http.object(expect(200, reviewer.post(QUEUE + "/" + id + "/approve", "{}")));
    assertEquals("APPROVED", approved.getString("status"));
    assertEquals("DISABLED", approved.getString("holderStatus"));
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
  void refusedClaimTellsTheClaimantWhy() {
    People.Person squatter = registered();
    People.Person owner = ownerOf(squatter.idNumber());
    long id =
        Http.object(expect(201, file(claim(owner), "card.png", PNG)))
            .getJsonNumber("id")
            .longValue();
    mail.awaitMessages(owner.email(), 1);
    Browsing reviewer = Staff.create("reviewer", "GLOBAL", "");
    JsonObject refused =
        EvidenceForms.refused(reviewer, QUEUE, id, "identity-claim.reason", "照片无法辨认");
    assertEquals("REFUSED", refused.getString("status"));
    assertEquals("ACTIVE", refused.getString("holderStatus"));
    mail.awaitMessages(owner.email(), 2);
    String text = Mailbox.text(mail.to(owner.email()).get(1));
    assertTrue(text.contains("照片无法辨认"), text);

    // The squatter keeps the account; the claimant may file again once the claim is decided.
    expect(200, Browsing.as(squatter.idNumber(), squatter.password()).get("/zhaokao/api/v1/me"));
    expect(201, file(claim(owner), "better.jpg", JPEG));
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
  void theClaimPageIsThereInBothLanguages() {
    HttpResponse<String> zh = Http.get("/zhaokao/claim.xhtml");
    assertEquals(200, zh.statusCode());
    assertTrue(zh.body().contains("身份证号认领"), "title");
    assertTrue(zh.body().contains("multipart/form-data"), "the form uploads the photo");
    HttpResponse<String> en = Http.get("/zhaokao/claim.xhtml?lang=en");
    assertEquals(200, en.statusCode());
    assertTrue(en.body().contains("Claim an ID number"), "English title");
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

  private static Set<Long> queued(Browsing reviewer) {
    return EvidenceForms.queued(reviewer, QUEUE);
  }

  /** A multipart/form-data claim as the browser's form sends it, without logging in. */
  private static HttpResponse<String> file(
      Map<String, String> fields, String fileName, byte[] evidence) {
    return EvidenceForms.post(new Browsing(), CLAIMS, fields, fileName, evidence);
  }
}
