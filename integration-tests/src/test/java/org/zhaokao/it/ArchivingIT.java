package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Archivists.API;
import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.StagePipeline.compose;
import static org.zhaokao.it.support.StagePipeline.configure;
import static org.zhaokao.it.support.StagePipeline.move;
import static org.zhaokao.it.support.StagePipeline.outcome;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.ArchivingDeployments;
import org.zhaokao.it.support.Archivists;
import org.zhaokao.it.support.AuditApi;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Eventually;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.StagePipeline.Setup;

/**
 * The archiving plugin over REST: an archivist builds a recruitment's package from the records the
 * core exposes, it is sealed and audited, downloads byte for byte, verifies (kept and sent back);
 * an expired archive is listed for destruction and destroyed only with a second person's approval,
 * leaving the destruction record; the console screen lists the archives.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArchivingIT extends ArchivingDeployments {

  @Test
  void aRecruitmentIsArchivedSealedDownloadedAndVerified() throws Exception {
    Setup s = scored();
    Browsing archivist = Archivists.first();

    HttpResponse<String> built = Archivists.build(archivist, s.recruitment(), null);
    expect(201, built);
    JsonObject a = Http.object(built);
    long id = a.getJsonNumber("id").longValue();
    assertEquals("SEALED", a.getString("status"));
    assertEquals(s.recruitment(), a.getJsonNumber("recruitmentId").longValue());
    assertEquals(3, a.getInt("retentionYears"), "the default retention");
    assertEquals(
        OffsetDateTime.parse(a.getString("builtAt")).plusYears(3).toInstant(),
        OffsetDateTime.parse(a.getString("retainUntil")).toInstant());
    assertFalse(a.getBoolean("expired"));
    String seal = a.getString("manifestSha256");
    assertTrue(seal.matches("[0-9a-f]{64}"), seal);

    // The package downloads byte for byte as sealed.
    HttpResponse<byte[]> download = archivist.getBytes(API + "/archives/" + id + "/package");
    assertEquals(200, download.statusCode());
    byte[] zip = download.body();
    assertEquals(a.getString("packageSha256"), sha256(zip));
    assertEquals(
        a.getString("packageSha256"),
        download.headers().firstValue("X-Package-SHA256").orElseThrow());
    Map<String, byte[]> files = Archivists.unzip(zip);

    // The manifest is the seal and lists every other file with its hash and size.
    byte[] manifestBytes = files.get("manifest.json");
    assertEquals(seal, sha256(manifestBytes));
    JsonObject manifest = json(manifestBytes);
    assertEquals(
        s.recruitment(), manifest.getJsonObject("recruitment").getJsonNumber("id").longValue());
    assertEquals(
        archivist.me().getJsonObject("account").getJsonNumber("id").longValue(),
        manifest.getJsonObject("builtBy").getJsonNumber("accountId").longValue());
    // The same instant; JSON-B and the manifest may write its fraction with different digits.
    assertEquals(
        java.time.OffsetDateTime.parse(a.getString("builtAt")).toInstant(),
        java.time.OffsetDateTime.parse(manifest.getString("builtAt")).toInstant());
    assertEquals(files.size() - 1, manifest.getJsonArray("files").size());
    assertEquals(a.getInt("fileCount"), manifest.getJsonArray("files").size());
    for (JsonValue v : manifest.getJsonArray("files")) {
      JsonObject f = v.asJsonObject();
      byte[] content = files.get(f.getString("path"));
      assertEquals(f.getString("sha256"), sha256(content), f.getString("path"));
      assertEquals(f.getJsonNumber("size").longValue(), content.length);
    }

    // The records: the chain, the roster, the outcomes (with the disqualification), the catalogue.
    String folder = "stages/01-" + WRITTEN;
    String roster = new String(files.get(folder + "/entrants.json"), StandardCharsets.UTF_8);
    try (var reader = jakarta.json.Json.createReader(new StringReader(roster))) {
      assertEquals(2, reader.readArray().size(), roster);
    }
    assertTrue(roster.contains(s.persons().get(0).name()), roster);
    String outcomes = new String(files.get(folder + "/outcomes.json"), StandardCharsets.UTF_8);
    assertTrue(outcomes.contains("\"PASSED\""), outcomes);
    assertTrue(outcomes.contains("86.5"), outcomes);
    String disqualified =
        new String(files.get("discipline/disqualifications.json"), StandardCharsets.UTF_8);
    assertTrue(disqualified.contains(String.valueOf(s.apps().get(1))), disqualified);
    assertTrue(disqualified.contains("替考，取消资格"), disqualified);
    assertTrue(new String(files.get("recruitment.json"), StandardCharsets.UTF_8).contains(WRITTEN));
    byte[] pdf = files.get("catalogue.pdf");
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));

    // Verified: the kept package and a copy sent back are intact.
    HttpResponse<String> kept = archivist.post(API + "/archives/" + id + "/verification", "");
    expect(200, kept);
    assertTrue(Http.object(kept).getBoolean("intact"), kept.body());
    assertEquals(a.getInt("fileCount"), Http.object(kept).getInt("filesChecked"));
    HttpResponse<String> copy =
        archivist.postBytes(API + "/archives/" + id + "/verification", "application/zip", zip);
    expect(200, copy);
    assertTrue(Http.object(copy).getBoolean("intact"), copy.body());

    // Sealed and downloaded on the audit record, the seal in the entry.
    JsonObject sealed = audited(id, "stage.archiving.archive.sealed");
    assertTrue(sealed.toString().contains(seal), sealed.toString());
    audited(id, "stage.archiving.archive.downloaded");
  }

  @Test
  void anExpiredArchiveIsDestroyedOnlyWithASecondPerson() {
    Setup s = scored();
    Browsing first = Archivists.first();
    Browsing second = Archivists.second();
    JsonObject a = Http.object(Archivists.build(first, s.recruitment(), 0));
    long id = a.getJsonNumber("id").longValue();
    assertTrue(a.getBoolean("expired"), a.toString());

    HttpResponse<String> due = first.get(API + "/archives/due-for-destruction");
    expect(200, due);
    assertTrue(
        Http.array(due).stream()
            .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id),
        due.body());

    HttpResponse<String> asked =
        first.post(
            API + "/archives/" + id + "/destruction-request", "{\"reason\":\"保管期满，经鉴定无继续保存价值\"}");
    expect(200, asked);
    assertEquals("DESTRUCTION_REQUESTED", Http.object(asked).getString("status"));
    HttpResponse<String> approved =
        second.post(API + "/archives/" + id + "/destruction-approval", "");
    expect(200, approved);
    JsonObject record = Http.object(approved);
    assertEquals("DESTROYED", record.getString("status"));
    assertEquals(
        first.me().getJsonObject("account").getJsonNumber("id").longValue(),
        record.getJsonNumber("destructionRequestedBy").longValue());
    assertEquals(
        second.me().getJsonObject("account").getJsonNumber("id").longValue(),
        record.getJsonNumber("destroyedBy").longValue());
    assertEquals("保管期满，经鉴定无继续保存价值", record.getString("destructionReason"));

    // The package is gone; the record stays, off the due list, and the destruction is audited.
    HttpResponse<String> gone = first.get(API + "/archives/" + id + "/package");
    expect(409, gone);
    assertTrue(gone.body().contains("destroyed"), gone.body());
    expect(200, first.get(API + "/archives/" + id));
    assertFalse(
        first.get(API + "/archives/due-for-destruction").body().contains("\"id\":" + id + ","));
    JsonObject destroyed = audited(id, "stage.archiving.archive.destroyed");
    assertTrue(destroyed.toString().contains(a.getString("manifestSha256")), destroyed.toString());
    audited(id, "stage.archiving.destruction.requested");
  }

  @Test
  void theConsoleScreenListsArchivesWithTheirActions() {
    Setup s = scored();
    Browsing archivist = Archivists.first();
    long id =
        Http.object(Archivists.build(archivist, s.recruitment(), null))
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> page = archivist.get("/zhaokao-archiving/archives.xhtml");
    expect(200, page);
    assertTrue(page.body().contains("招考档案"), page.body());
    assertTrue(page.body().contains("api/v1/archives/" + id + "/package"), page.body());
    assertTrue(page.body().contains("核验"), page.body());
    HttpResponse<String> english = archivist.get("/zhaokao-archiving/archives.xhtml?lang=en");
    expect(200, english);
    assertTrue(english.body().contains("Recruitment archives"), english.body());
    assertTrue(english.body().contains("Verify"), english.body());
    expect(200, archivist.get("/zhaokao-archiving/archives.xhtml?lang=zh-CN"));
    // Someone without the permission does not see it.
    assertEquals(403, s.people().get(0).get("/zhaokao-archiving/archives.xhtml").statusCode());
  }

  /** A recruitment whose written stage has one PASSED and one DISQUALIFIED outcome. */
  static Setup scored() {
    Setup s = StagePipeline.approved(2);
    long stage =
        Http.array(compose(s.recruitment(), WRITTEN))
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    expect(200, configure(stage, "RATIO", 1, null, 100, 100));
    expect(200, move(stage, "NOTIFIED"));
    expect(200, move(stage, "IN_PROGRESS"));
    expect(
        200,
        StagePipeline.report(
            WRITTEN,
            s.recruitment(),
            outcome(s.apps().get(0), "PASSED", 86.5),
            jakarta.json.Json.createObjectBuilder()
                .add("applicationId", s.apps().get(1))
                .add("status", "DISQUALIFIED")
                .add("remark", "替考，取消资格")
                .build()));
    return s;
  }

  private static JsonObject audited(long archive, String action) {
    return Eventually.await(
        action + " in the audit log",
        Duration.ofSeconds(20),
        () -> {
          HttpResponse<String> r =
              Admin.get(
                  AuditApi.EVENTS
                      + "?targetType=archive&targetId="
                      + archive
                      + "&action="
                      + action);
          expect(200, r);
          JsonObject page = Http.object(r);
          return page.getInt("total") > 0 ? Optional.of(page) : Optional.empty();
        });
  }

  private static JsonObject json(byte[] bytes) {
    try (var reader =
        jakarta.json.Json.createReader(
            new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
      return reader.readObject();
    }
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
