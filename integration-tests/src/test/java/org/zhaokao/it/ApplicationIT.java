package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.MY_APPLICATIONS;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * Candidates apply (报名) exactly once per key and once per recruitment, only inside the window; a
 * bad application is refused and nothing of it is saved. The review of applications is {@link
 * ReviewIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationIT extends CoreDeployments {

  @Test
  void aCandidateAppliesOnceWhateverTheRetriesAndThePledgeIsRecorded() throws Exception {
    long recruitment = Recruiting.published(Recruiting.employer());
    long position = Recruiting.positionId(recruitment, "01");
    Browsing candidate = Recruiting.candidate();
    String form = Recruiting.application(recruitment, position, "软件工程");

    HttpResponse<String> prefill =
        candidate.get(MY_APPLICATIONS + "/prefill?positionId=" + position);
    expect(200, prefill);
    assertEquals("李四", Http.object(prefill).getJsonObject("candidate").getString("name"));
    assertTrue(
        Http.object(prefill)
            .getJsonObject("candidate")
            .getString("maskedIdNumber")
            .contains("****"));

    String key = "retry-" + UUID.randomUUID();
    HttpResponse<String> first = Recruiting.apply(candidate, key, form);
    expect(201, first);
    JsonObject app = Http.object(first);
    assertEquals("SUBMITTED", app.getString("status"));
    assertEquals(1, app.getInt("noticeVersion"));
    assertEquals(1, app.getInt("pledgeVersion"));
    assertTrue(app.containsKey("pledgedAt"));
    HttpResponse<String> again = Recruiting.apply(candidate, key, form);
    expect(200, again);
    assertEquals(app.getJsonNumber("id"), Http.object(again).getJsonNumber("id"));

    HttpResponse<String> second =
        Recruiting.apply(
            candidate,
            "other-" + UUID.randomUUID(),
            Recruiting.application(recruitment, Recruiting.positionId(recruitment, "02"), "软件工程"));
    assertEquals(409, second.statusCode(), second.body());
    assertTrue(second.body().contains("already-applied"));

    // Twenty parallel submits with one key (a frantic double click, a retrying client): one row.
    Browsing rushed = Recruiting.candidate();
    String rushedKey = "rush-" + UUID.randomUUID();
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      all.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return Recruiting.apply(rushed, rushedKey, form);
              },
              pool));
    }
    start.countDown();
    Set<String> ids = new HashSet<>();
    int created = 0;
    for (CompletableFuture<HttpResponse<String>> f : all) {
      HttpResponse<String> r = f.get();
      assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.statusCode() + " " + r.body());
      created += r.statusCode() == 201 ? 1 : 0;
      ids.add(Http.object(r).getJsonNumber("id").toString());
    }
    pool.shutdown();
    assertEquals(1, created, "exactly one attempt created it");
    assertEquals(1, ids.size(), "every attempt got the same application");
    assertEquals(1, Http.array(rushed.get(MY_APPLICATIONS)).size());

    // Counted, not kept in a counter: two live applications to position 01 of one post.
    JsonObject pub = Http.object(Http.get("/zhaokao/api/v1/recruitments/" + recruitment));
    JsonObject p01 = positionWithCode(pub.getJsonArray("positions"), "01");
    assertEquals(2, p01.getInt("applicants"));
    assertEquals(2.0, p01.getJsonNumber("competitionRatio").doubleValue());
  }

  @Test
  void outsideTheWindowACandidateIsRefusedAndNothingIsSaved() {
    long employer = Recruiting.employer();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
    long later = Recruiting.draft(employer, now.plusDays(2), now.plusDays(9));
    Recruiting.publish(later);
    Browsing candidate = Recruiting.candidate();
    HttpResponse<String> r =
        Recruiting.apply(
            candidate,
            "early-" + UUID.randomUUID(),
            Recruiting.application(later, Recruiting.positionId(later, "02"), "法学"));
    assertEquals(409, r.statusCode(), r.body());
    assertTrue(Http.object(r).getString("type").endsWith("outside-window"));
    assertTrue(Http.object(r).getString("detail").contains("not now"));
    assertEquals(0, Http.array(candidate.get(MY_APPLICATIONS)).size());
  }

  @Test
  void badApplicationsAreRefusedAndNothingIsSaved() {
    long recruitment = Recruiting.published(Recruiting.employer());
    long position = Recruiting.positionId(recruitment, "01");
    Browsing candidate = Recruiting.candidate();
    String form = Recruiting.application(recruitment, position, "软件工程");
    HttpResponse<String> noKey = candidate.send("POST", MY_APPLICATIONS, form);
    assertEquals(422, noKey.statusCode(), noKey.body());
    assertTrue(noKey.body().contains("Idempotency-Key"));
    String unsigned =
        form.replace("\"pledgeVersion\":1", "\"pledgeVersion\":0")
            .replace("\"major\":\"软件工程\"", "\"major\":\"\"");
    HttpResponse<String> r = Recruiting.apply(candidate, "bad-" + UUID.randomUUID(), unsigned);
    assertEquals(422, r.statusCode(), r.body());
    String errors = Http.object(r).getJsonArray("errors").toString();
    assertTrue(errors.contains("pledgeVersion") && errors.contains("major"), errors);
    HttpResponse<String> unknown =
        Recruiting.apply(
            candidate,
            "bad-" + UUID.randomUUID(),
            form.replace("\"positionId\":" + position, "\"positionId\":999999999"));
    assertEquals(404, unknown.statusCode());
    assertEquals(0, Http.array(candidate.get(MY_APPLICATIONS)).size());
    // Staff are not candidates.
    assertEquals(
        403, Recruiting.apply(Admin.browsing(), "staff-" + UUID.randomUUID(), form).statusCode());
  }

  private static JsonObject positionWithCode(JsonArray positions, String code) {
    return positions.stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }
}
