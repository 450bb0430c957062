package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.AuditApi;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.CoreDeployments;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Json;
import org.zhaokao.it.support.People;
import org.zhaokao.it.support.Recruiting;

/**
 * A candidate deletes the account (账号注销): at once when nothing holds it — personal data erased, the
 * account closed, its sessions ended, the audit row masked, the ID number free again — and not
 * while an application is live, with the reason given.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountDeletionIT extends CoreDeployments {

  private static final String DELETION = "/zhaokao/api/v1/me/deletion";

  @Test
  void accountWithoutHoldsIsErasedAtOnce() {
    People.Person person = People.fresh();
    expect(201, Http.postJson("/zhaokao/api/v1/candidates", person.registration()));
    Browsing candidate = Browsing.as(person.idNumber(), person.password());
    Browsing otherDevice = Browsing.as(person.mobile(), person.password());
    long id = candidate.me().getJsonObject("account").getJsonNumber("id").longValue();

    JsonObject assessment = Http.object(candidate.get(DELETION));
    assertTrue(assessment.getBoolean("deletable"), assessment.toString());

    // A wrong password or none deletes nothing.
    assertEquals(
        422, candidate.post(DELETION, Json.object("password", "not-my-password")).statusCode());
    assertEquals(400, candidate.post(DELETION, "{}").statusCode());
    assertEquals(200, candidate.get("/zhaokao/api/v1/me").statusCode());

    expect(204, candidate.post(DELETION, Json.object("password", person.password())));

    // Every session ended; no identifier logs in any more.
    assertEquals(401, candidate.get("/zhaokao/api/v1/me").statusCode());
    assertEquals(401, otherDevice.get("/zhaokao/api/v1/me").statusCode());
    for (String login : new String[] {person.idNumber(), person.mobile(), person.email()}) {
      assertEquals(401, new Browsing().login(login, person.password()).statusCode(), login);
    }

    // The audit row stays, with masked data only.
    JsonObject rows =
        Http.object(
            Admin.get(
                AuditApi.EVENTS + "?action=account.deleted&targetType=account&targetId=" + id));
    assertEquals(1, rows.getInt("total"), rows.toString());
    assertFalse(rows.toString().contains(person.idNumber()), rows.toString());
    assertFalse(rows.toString().contains(person.mobile()), rows.toString());
    assertTrue(rows.toString().contains(person.idNumber().substring(14)), rows.toString());

    // The real-name data is gone: the same person may register again.
    expect(201, Http.postJson("/zhaokao/api/v1/candidates", person.registration()));
  }

  @Test
  void liveApplicationHoldsTheAccountAndSaysWhy() {
    long employer = Recruiting.employer();
    long recruitment = Recruiting.published(employer);
    String title = Recruiting.view(recruitment).getString("title");
    People.Person person = People.fresh();
    expect(201, Http.postJson("/zhaokao/api/v1/candidates", person.registration()));
    Browsing candidate = Browsing.as(person.idNumber(), person.password());
    Recruiting.applied(candidate, recruitment, Recruiting.positionId(recruitment, "02"));

    JsonObject assessment = Http.object(candidate.get(DELETION));
    assertFalse(assessment.getBoolean("deletable"));
    JsonObject hold = assessment.getJsonArray("holds").getJsonObject(0);
    assertEquals("LIVE_APPLICATION", hold.getString("kind"));
    assertEquals(title, hold.getString("recruitment"));

    HttpResponse<String> refused =
        candidate.post(DELETION, Json.object("password", person.password()));
    assertEquals(409, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("account-deletion.held"), refused.body());
    assertTrue(refused.body().contains(title), refused.body());
    assertTrue(refused.body().contains("is live until"), refused.body());

    // Nothing changed: still logged in, still the same account.
    assertEquals("李*", candidate.me().getJsonObject("account").getString("displayName"));
    assertEquals(200, new Browsing().login(person.mobile(), person.password()).statusCode());
  }
}
