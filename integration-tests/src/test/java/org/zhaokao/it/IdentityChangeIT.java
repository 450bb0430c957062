package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.EvidenceForms.PDF;
import static org.zhaokao.it.support.EvidenceForms.assertProblem;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.AuditApi;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.CoreDeployments;
import org.zhaokao.it.support.EvidenceForms;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Notifications;
import org.zhaokao.it.support.People;
import org.zhaokao.it.support.Staff;

/**
 * A candidate changes name and ID number only through a request with evidence (P5): bad input is
 * refused and nothing kept, a second pending request is refused, the reviewer reads the evidence
 * (audited) and approves — the account then logs in with the new ID number — or refuses with a
 * reason, and the candidate is told either way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityChangeIT extends CoreDeployments {

  private static final String MINE = "/zhaokao/api/v1/me/identity-requests";
  private static final String QUEUE = "/zhaokao/api/v1/admin/identity-requests";

  @Test
  void approvedRequestChangesNameAndIdNumber() {
    People.Person person = People.fresh();
    expect(201, Http.postJson("/zhaokao/api/v1/candidates", person.registration()));
    Browsing candidate = Browsing.as(person.idNumber(), person.password());
    String newId = People.fresh().idNumber();

    // Refused, and nothing kept: evidence that is no image or PDF, a bad ID number, nothing to
    // change, no evidence at all.
    assertProblem(
        file(candidate, "王五", null, "证明.pdf", "GIF89a not a pdf".getBytes(StandardCharsets.UTF_8)),
        422,
        "evidence.type");
    assertProblem(file(candidate, null, "110105199001011234", "证明.pdf", PDF), 422, "idNumber.");
    assertProblem(file(candidate, null, null, "证明.pdf", PDF), 422, "identity-request.empty");
    assertProblem(file(candidate, "王五", null, null, null), 422, "evidence.missing");
    assertEquals(0, Http.array(candidate.get(MINE)).size());

    JsonObject filed = Http.object(expect(201, file(candidate, "王五", newId, "新身份证.pdf", PDF)));
    assertEquals("PENDING", filed.getString("status"));
    assertEquals("王五", filed.getString("newName"));
    assertTrue(filed.getString("newIdNumber").contains("*"), "the new ID number is masked");
    long id = filed.getJsonNumber("id").longValue();

    // A second pending request is refused.
    assertProblem(file(candidate, "王六", null, "x.pdf", PDF), 409, "identity-request.pending");
    assertEquals(1, Http.array(candidate.get(MINE)).size());

    // Only reviewers see the queue.
    assertEquals(403, candidate.get(QUEUE).statusCode());
    Browsing reviewer = Staff.create("reviewer", "GLOBAL", "");
    assertTrue(queued(reviewer).contains(id));
    HttpResponse<byte[]> evidence = reviewer.getBytes(QUEUE + "/" + id + "/evidence");
    assertEquals(200, evidence.statusCode());
    assertArrayEquals(PDF, evidence.body());
    assertTrue(
        evidence.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));

    JsonObject approved =
        Http.object(expect(200, reviewer.post(QUEUE + "/" + id + "/approve", "{}")));
    assertEquals("APPROVED", approved.getString("status"));
    assertEquals(409, reviewer.post(QUEUE + "/" + id + "/approve", "{}").statusCode());
    assertTrue(!queued(reviewer).contains(id));

    // The account now carries the new data: the new ID number logs in, the old one no longer does.
    Browsing renamed = Browsing.as(newId, person.password());
    JsonObject me = renamed.me().getJsonObject("account");
    assertEquals("王*", me.getString("displayName"), me.toString());
    assertTrue(me.getString("maskedIdNumber").endsWith(newId.substring(14)), me.toString());
    assertEquals(401, new Browsing().login(person.idNumber(), person.password()).statusCode());
    Notifications.inboxMessage(renamed, "实名信息变更已通过");

    for (String action :
        List.of(
            "identity-request.filed",
            "identity-request.evidence.viewed",
            "identity-request.approved")) {
      JsonObject rows = AuditApi.events(action, "identity-request", id);
      assertEquals(1, rows.getInt("total"), action + ": " + rows);
      assertTrue(!rows.toString().contains(newId), "no clear ID number in the audit trail");
    }
  }

  @Test
  void refusedRequestKeepsTheAccountAndSaysWhy() {
    People.Person person = People.fresh();
    expect(201, Http.postJson("/zhaokao/api/v1/candidates", person.registration()));
    Browsing candidate = Browsing.as(person.idNumber(), person.password());
    long id =
        Http.object(expect(201, file(candidate, "赵六", null, "scan.pdf", PDF)))
            .getJsonNumber("id")
            .longValue();
    Browsing reviewer = Staff.create("reviewer", "GLOBAL", "");
    JsonObject refused =
        EvidenceForms.refused(reviewer, QUEUE, id, "identity-request.reason", "证明材料模糊");
    assertEquals("REFUSED", refused.getString("status"));
    JsonArray mine = Http.array(candidate.get(MINE));
    assertEquals("证明材料模糊", mine.getJsonObject(0).getString("refusalReason"));
    assertEquals("李*", candidate.me().getJsonObject("account").getString("displayName"));
    Notifications.inboxMessage(candidate, "实名信息变更未通过");

    // Once decided, a new request may be filed; an ID number someone else holds is refused.
    People.Person other = People.fresh();
    expect(201, Http.postJson("/zhaokao/api/v1/candidates", other.registration()));
    assertProblem(
        file(candidate, null, other.idNumber(), "scan.pdf", PDF), 409, "id-number-registered");
  }

  private static Set<Long> queued(Browsing reviewer) {
    return EvidenceForms.queued(reviewer, QUEUE);
  }

  /** A multipart/form-data request as a browser's form sends it. */
  private static HttpResponse<String> file(
      Browsing who, String newName, String newIdNumber, String fileName, byte[] evidence) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("newName", newName);
    fields.put("newIdNumber", newIdNumber);
    return EvidenceForms.post(who, MINE, fields, fileName, evidence);
  }
}
