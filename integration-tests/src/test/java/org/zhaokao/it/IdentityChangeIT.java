package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.AuditApi;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Deployments;
import org.zhaokao.it.support.Eventually;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Json;
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
class IdentityChangeIT {

  private static final String MINE = "/zhaokao/api/v1/me/identity-requests";
  private static final String QUEUE = "/zhaokao/api/v1/admin/identity-requests";
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment(name = "core", testable = false)
  static EnterpriseArchive core() {
    return Deployments.core();
  }

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

    JsonObject filed = Http.object(expect201(file(candidate, "王五", newId, "新身份证.pdf", PDF)));
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
        Http.object(expect200(reviewer.post(QUEUE + "/" + id + "/approve", "{}")));
    assertEquals("APPROVED", approved.getString("status"));
    assertEquals(409, reviewer.post(QUEUE + "/" + id + "/approve", "{}").statusCode());
    assertTrue(!queued(reviewer).contains(id));

    // The account now carries the new data: the new ID number logs in, the old one no longer does.
    Browsing renamed = Browsing.as(newId, person.password());
    JsonObject me = renamed.me().getJsonObject("account");
    assertEquals("王*", me.getString("displayName"), me.toString());
    assertTrue(me.getString("maskedIdNumber").endsWith(newId.substring(14)), me.toString());
    assertEquals(401, new Browsing().login(person.idNumber(), person.password()).statusCode());
    awaitInbox(renamed, "实名信息变更已通过");

    for (String action :
        List.of(
            "identity-request.filed",
            "identity-request.evidence.viewed",
            "identity-request.approved")) {
      JsonObject rows =
          Http.object(
              Admin.get(
                  AuditApi.EVENTS
                      + "?action="
                      + action
                      + "&targetType=identity-request&targetId="
                      + id));
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
        Http.object(expect201(file(candidate, "赵六", null, "scan.pdf", PDF)))
            .getJsonNumber("id")
            .longValue();
    Browsing reviewer = Staff.create("reviewer", "GLOBAL", "");
    assertProblem(
        reviewer.post(QUEUE + "/" + id + "/refuse", Json.object("reason", " ")),
        422,
        "identity-request.reason");
    JsonObject refused =
        Http.object(
            expect200(
                reviewer.post(QUEUE + "/" + id + "/refuse", Json.object("reason", "证明材料模糊"))));
    assertEquals("REFUSED", refused.getString("status"));
    JsonArray mine = Http.array(candidate.get(MINE));
    assertEquals("证明材料模糊", mine.getJsonObject(0).getString("refusalReason"));
    assertEquals("李*", candidate.me().getJsonObject("account").getString("displayName"));
    awaitInbox(candidate, "实名信息变更未通过");

    // Once decided, a new request may be filed; an ID number someone else holds is refused.
    People.Person other = People.fresh();
    expect(201, Http.postJson("/zhaokao/api/v1/candidates", other.registration()));
    assertProblem(
        file(candidate, null, other.idNumber(), "scan.pdf", PDF), 409, "id-number-registered");
  }

  private static java.util.Set<Long> queued(Browsing reviewer) {
    return Http.array(expect200(reviewer.get(QUEUE))).stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .collect(java.util.stream.Collectors.toSet());
  }

  private static void awaitInbox(Browsing candidate, String subject) {
    Eventually.await(
        "an inbox message " + subject,
        Duration.ofSeconds(30),
        () ->
            Http.object(candidate.get("/zhaokao/api/v1/me/inbox"))
                .getJsonArray("messages")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(m -> m.getString("subject").equals(subject))
                .findFirst()
                .map(Optional::of)
                .orElse(Optional.empty()));
  }

  /** A multipart/form-data request as a browser's form sends it. */
  private static HttpResponse<String> file(
      Browsing who, String newName, String newIdNumber, String fileName, byte[] evidence) {
    String boundary = "----zhaokao" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (newName != null) {
      field(body, boundary, "newName", newName);
    }
    if (newIdNumber != null) {
      field(body, boundary, "newIdNumber", newIdNumber);
    }
    if (evidence != null) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(evidence);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return who.postBytes(MINE, "multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  private static void field(ByteArrayOutputStream body, String boundary, String name, String v) {
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + name
                + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + v
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
  }

  private static void assertProblem(HttpResponse<String> r, int status, String code) {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.body().contains(code), r.body());
  }

  private static HttpResponse<String> expect201(HttpResponse<String> r) {
    expect(201, r);
    return r;
  }

  private static HttpResponse<String> expect200(HttpResponse<String> r) {
    expect(200, r);
    return r;
  }
}
