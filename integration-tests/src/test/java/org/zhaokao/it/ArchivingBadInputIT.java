package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Archivists.API;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.ArchivingDeployments;
import org.zhaokao.it.support.Archivists;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.StagePipeline.Setup;

/**
 * Archiving refuses bad input with a clear 4xx and changes nothing: an unknown recruitment, a
 * retention below the minimum, a package whose bytes were changed, a destruction before the
 * retention ends, the asker approving their own destruction, someone without the permission.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArchivingBadInputIT extends ArchivingDeployments {

  @Test
  void anUnknownRecruitmentOrBadRetentionBuildsNothing() {
    Browsing archivist = Archivists.first();
    int before = archives(archivist);
    HttpResponse<String> unknown = Archivists.build(archivist, 987_654_321L, null);
    expect(404, unknown);
    assertTrue(unknown.body().contains("No recruitment 987654321"), unknown.body());
    assertTrue(unknown.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
    Setup s = ArchivingIT.scored();
    HttpResponse<String> negative = Archivists.build(archivist, s.recruitment(), -1);
    expect(422, negative);
    assertTrue(negative.body().contains("retentionYears must be between"), negative.body());
    expect(
        422,
        archivist.post(
            API + "/archives",
            "{\"recruitmentId\":" + s.recruitment() + ",\"retentionYears\":\"ten\"}"));
    expect(422, archivist.post(API + "/archives", "{}"));
    expect(400, archivist.post(API + "/archives", "{\"recruitmentId\":"));
    assertEquals(before, archives(archivist), "nothing was built");
  }

  @Test
  void aChangedPackageIsNamedAndTheArchiveStaysSealed() throws Exception {
    Setup s = ArchivingIT.scored();
    Browsing archivist = Archivists.first();
    long id = id(Archivists.build(archivist, s.recruitment(), null));
    byte[] zip = archivist.getBytes(API + "/archives/" + id + "/package").body();

    // One record changed inside the package, the manifest left as it was.
    Map<String, byte[]> files = new LinkedHashMap<>(Archivists.unzip(zip));
    String outcomes = "stages/01-" + WRITTEN + "/outcomes.json";
    files.put(
        outcomes,
        new String(files.get(outcomes), StandardCharsets.UTF_8)
            .replace("86.5", "96.5")
            .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> changed =
        archivist.postBytes(
            API + "/archives/" + id + "/verification", "application/zip", Archivists.zip(files));
    expect(422, changed);
    JsonObject problem = Http.object(changed);
    assertEquals("package-tampered", problem.getString("code"));
    assertEquals(1, problem.getJsonArray("problems").size(), changed.body());
    assertTrue(problem.getJsonArray("problems").getString(0).startsWith(outcomes + " was changed"));

    // The manifest rewritten to match: the seal catches it.
    files.put(
        "manifest.json", "{\"format\":\"zhaokao-archive/1\"}".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> forged =
        archivist.postBytes(
            API + "/archives/" + id + "/verification", "application/zip", Archivists.zip(files));
    expect(422, forged);
    assertTrue(forged.body().contains("manifest.json is not the sealed manifest"), forged.body());

    // Bytes flipped in the ZIP itself, and an empty body.
    byte[] flipped = zip.clone();
    for (int i = 0; i < 64; i++) {
      flipped[flipped.length / 3 + i] ^= (byte) 0x5a;
    }
    HttpResponse<String> broken =
        archivist.postBytes(API + "/archives/" + id + "/verification", "application/zip", flipped);
    expect(422, broken);
    expect(
        422,
        archivist.postBytes(
            API + "/archives/" + id + "/verification", "application/zip", new byte[0]));

    // Nothing changed: still sealed, the kept package intact.
    JsonObject still = Http.object(archivist.get(API + "/archives/" + id));
    assertEquals("SEALED", still.getString("status"));
    HttpResponse<String> kept = archivist.post(API + "/archives/" + id + "/verification", "");
    expect(200, kept);
    assertTrue(Http.object(kept).getBoolean("intact"), kept.body());
    assertEquals(
        ArchivingIT.sha256(zip),
        ArchivingIT.sha256(archivist.getBytes(API + "/archives/" + id + "/package").body()));
  }

  @Test
  void noDestructionBeforeExpiryNorApprovedByTheAsker() {
    Setup s = ArchivingIT.scored();
    Browsing first = Archivists.first();
    long kept = id(Archivists.build(first, s.recruitment(), null));
    HttpResponse<String> early =
        first.post(API + "/archives/" + kept + "/destruction-request", "{\"reason\":\"提前销毁\"}");
    expect(409, early);
    assertTrue(early.body().contains("must be kept until"), early.body());
    assertEquals("SEALED", status(first, kept));
    expect(409, Archivists.second().post(API + "/archives/" + kept + "/destruction-approval", ""));
    assertEquals("SEALED", status(first, kept));

    long expired = id(Archivists.build(first, s.recruitment(), 0));
    expect(
        422,
        first.post(API + "/archives/" + expired + "/destruction-request", "{\"reason\":\" \"}"));
    assertEquals("SEALED", status(first, expired));
    expect(
        200,
        first.post(API + "/archives/" + expired + "/destruction-request", "{\"reason\":\"保管期满\"}"));
    HttpResponse<String> self =
        first.post(API + "/archives/" + expired + "/destruction-approval", "");
    expect(409, self);
    assertTrue(self.body().contains("second-person"), self.body());
    assertEquals("DESTRUCTION_REQUESTED", status(first, expired));
    assertEquals(
        200, first.getBytes(API + "/archives/" + expired + "/package").statusCode(), "still kept");
    expect(
        409,
        first.post(API + "/archives/" + expired + "/destruction-request", "{\"reason\":\"再次申请\"}"));
  }

  @Test
  void anArchiveUnderLegalHoldIsNotDestroyed() {
    Setup s = ArchivingIT.scored();
    Browsing first = Archivists.first();
    long id = id(Archivists.build(first, s.recruitment(), 0));
    String hold = API + "/archives/" + id + "/legal-hold";
    expect(422, first.post(hold, "{\"reason\":\"\"}"));
    HttpResponse<String> held = first.post(hold, "{\"reason\":\"行政复议案件在审\"}");
    expect(200, held);
    assertEquals("行政复议案件在审", Http.object(held).getString("legalHold"));
    expect(409, first.post(hold, "{\"reason\":\"再次保全\"}"));
    HttpResponse<String> refused =
        first.post(API + "/archives/" + id + "/destruction-request", "{\"reason\":\"保管期满\"}");
    expect(409, refused);
    assertTrue(refused.body().contains("legal hold"), refused.body());
    assertEquals("SEALED", status(first, id));
    expect(200, Archivists.second().send("DELETE", hold, null));
    expect(409, Archivists.second().send("DELETE", hold, null));
    expect(
        200, first.post(API + "/archives/" + id + "/destruction-request", "{\"reason\":\"保管期满\"}"));
  }

  @Test
  void someoneWithoutThePermissionIsRefused() {
    Setup s = ArchivingIT.scored();
    Browsing candidate = s.people().get(0);
    expect(403, Archivists.build(candidate, s.recruitment(), null));
    expect(403, candidate.get(API + "/archives"));
    expect(404, Archivists.first().get(API + "/archives/987654321"));
  }

  private static long id(HttpResponse<String> r) {
    expect(201, r);
    return Http.object(r).getJsonNumber("id").longValue();
  }

  private static String status(Browsing who, long id) {
    return Http.object(who.get(API + "/archives/" + id)).getString("status");
  }

  private static int archives(Browsing who) {
    HttpResponse<String> r = who.get(API + "/archives");
    expect(200, r);
    return Http.array(r).size();
  }
}
