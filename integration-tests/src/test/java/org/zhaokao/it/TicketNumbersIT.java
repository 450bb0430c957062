package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.ADMIN_API;
import static org.zhaokao.it.support.Recruiting.MY_APPLICATIONS;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
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
 * Admission-ticket numbers (准考证号) follow the recruitment's pattern and are unique and gap-free even
 * when the employer confirms many approvals at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketNumbersIT extends CoreDeployments {

  private static final int CANDIDATES = 12;

  private static String numbering(long recruitment) {
    return ADMIN_API + "/recruitments/" + recruitment + "/ticket-numbering";
  }

  @Test
  void parallelConfirmationsGiveUniqueGapFreeNumbersInThePattern() throws Exception {
    long employer = Recruiting.employer();
    long recruitment = Recruiting.published(employer);
    long position = Recruiting.positionId(recruitment, "02");
    JsonObject defaults = Http.object(Admin.get(numbering(recruitment)));
    assertEquals("{year}{recruitment}{position}{seq:4}", defaults.getString("pattern"));
    assertEquals(0, defaults.getInt("issued"));

    HttpResponse<String> bad =
        Admin.put(numbering(recruitment), "", "{\"pattern\":\"ZK {seq:4} {month}\"}");
    assertEquals(422, bad.statusCode(), bad.body());
    assertEquals(
        422, Admin.put(numbering(recruitment), "", "{\"pattern\":\"ZK-{year}\"}").statusCode());
    expect(
        200,
        Admin.put(numbering(recruitment), "", "{\"pattern\":\"ZK-{year}-{position}-{seq:5}\"}"));

    List<Browsing> candidates = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < CANDIDATES; i++) {
      Browsing c = Recruiting.candidate();
      HttpResponse<String> applied =
          Recruiting.apply(
              c, "k-" + UUID.randomUUID(), Recruiting.application(recruitment, position, "统计学"));
      expect(201, applied);
      candidates.add(c);
      ids.add(Http.object(applied).getJsonNumber("id").longValue());
    }
    expect(
        200,
        Admin.post(
            ADMIN_API + "/review/recruitments/" + recruitment + "/approvals",
            "",
            "{\"applicationIds\":"
                + Recruiting.ids(ids.stream().mapToLong(x -> x).toArray()).build()
                + "}"));
    expect(
        200,
        Admin.post(
            ADMIN_API + "/review/recruitments/" + recruitment + "/employer-confirmation", "", ""));

    // Every approval confirmed at the same moment: each confirmation issues a number.
    Browsing employerUser = Recruiting.employerUser(employer);
    ExecutorService pool = Executors.newFixedThreadPool(CANDIDATES);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (long id : ids) {
        Callable<HttpResponse<String>> confirm =
            () ->
                employerUser.post(
                    ADMIN_API + "/confirmation/applications/" + id + "/confirmation", "{}");
        answers.add(pool.submit(confirm));
      }
      for (Future<HttpResponse<String>> answer : answers) {
        expect(200, answer.get());
      }
    } finally {
      pool.shutdown();
    }

    String year =
        String.valueOf(
            OffsetDateTime.parse(Recruiting.view(recruitment).getString("closesAt"))
                .atZoneSameInstant(ZoneOffset.ofHours(8))
                .getYear());
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < CANDIDATES; i++) {
      JsonObject mine = Http.object(candidates.get(i).get(MY_APPLICATIONS + "/" + ids.get(i)));
      assertEquals("APPROVED", mine.getString("status"));
      numbers.add(mine.getString("ticketNumber"));
      assertTrue(mine.getJsonArray("timeline").toString().contains("TICKET_READY"));
    }
    List<String> expected =
        LongStream.rangeClosed(1, CANDIDATES)
            .mapToObj(n -> String.format("ZK-%s-02-%05d", year, n))
            .toList();
    assertEquals(expected, numbers.stream().sorted().toList(), "unique and without gaps");
    assertEquals(CANDIDATES, Http.object(Admin.get(numbering(recruitment))).getInt("issued"));

    HttpResponse<String> page =
        candidates.get(0).get("/zhaokao/account/applications.xhtml?lang=zh-CN");
    assertTrue(page.body().contains("准考证号") && page.body().contains(numbers.get(0)));

    // The pattern is fixed once numbers exist; nothing is left to issue.
    assertEquals(
        409, Admin.put(numbering(recruitment), "", "{\"pattern\":\"{seq:4}\"}").statusCode());
    HttpResponse<String> missing =
        Admin.post(ADMIN_API + "/recruitments/" + recruitment + "/tickets", "", "");
    expect(200, missing);
    assertEquals(0, Http.object(missing).getInt("issued"));

    // The recruitment's editor shows the fixed pattern and the count.
    String editor =
        org.zhaokao.it.support.Browsing.asAdmin()
            .get("/zhaokao/console/recruitments/edit.xhtml?id=" + recruitment + "&lang=zh-CN")
            .body();
    assertTrue(editor.contains("已生成 " + CANDIDATES + " 个准考证号"), editor);
    assertTrue(editor.contains("ZK-{year}-") || editor.contains("ZK-"), editor);
  }

  @Test
  void onlyTicketIssuersSetThePattern() {
    long employer = Recruiting.employer();
    long recruitment = Recruiting.published(employer);
    Browsing employerUser = Recruiting.employerUser(employer);
    assertEquals(
        403, employerUser.put(numbering(recruitment), "{\"pattern\":\"{seq:4}\"}").statusCode());
    assertEquals(
        403,
        employerUser
            .post(ADMIN_API + "/recruitments/" + recruitment + "/tickets", "")
            .statusCode());
  }
}
