package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.AuditApi;
import org.zhaokao.it.support.AuditProbeDeployments;
import org.zhaokao.it.support.Deployments;
import org.zhaokao.it.support.Http;
import org.zhaokao.plugins.api.SpiVersion;

/**
 * The audit trail end to end: entries written through the plugin-facing AuditLog appear in the
 * auditors' API and exports, the registry records its plugins, bad filters are problems, and the
 * console screens answer. Every test works on rows it made itself (a fresh tag), because the trail
 * is shared by every test and every run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditIT extends AuditProbeDeployments {

  private static final String PLUGIN = "audit-sample";

  @ArquillianResource private Deployer deployer;

  @Deployment(name = PLUGIN, managed = false, testable = false)
  static WebArchive plugin() {
    return Deployments.samplePlugin(PLUGIN, SpiVersion.CURRENT);
  }

  @Test
  void entriesWrittenThroughTheSpiAppearInTheViewerNewestFirstAndLinked() {
    String tag = tag();
    AuditApi.record(tag, "it.probe.recorded", "SUCCESS", "DENIED", "FAILED");
    List<JsonObject> rows = AuditApi.rowsOf(tag);
    assertEquals(3, rows.size());
    JsonObject newest = rows.get(0);
    assertEquals("FAILED", newest.getString("result"));
    assertEquals("it-" + tag, newest.getString("actorId"));
    assertEquals("tester", newest.getString("actorRole"));
    assertEquals("it.probe.recorded", newest.getString("action"));
    assertEquals("192.0.2.10", newest.getString("clientIp"));
    assertEquals("张*", newest.getJsonObject("details").getString("candidate"));
    assertTrue(newest.getString("occurredAt").endsWith("Z"), newest.getString("occurredAt"));
    for (JsonObject row : rows) {
      assertTrue(row.getJsonNumber("position").longValue() > 0, "linked: " + row);
      assertTrue(row.getString("hash").matches("[0-9a-f]{64}"));
    }
  }

  @Test
  void theFiltersNarrowTheList() {
    String tag = tag();
    AuditApi.record(tag, "it.probe.filtered", "SUCCESS", "DENIED", "DENIED");
    String target = AuditApi.EVENTS + "?targetType=probe&targetId=" + tag;
    assertEquals(2, total(target + "&result=denied"));
    assertEquals(3, total(target + "&action=it.probe.*"));
    assertEquals(0, total(target + "&action=it.other.*"));
    assertEquals(3, total(AuditApi.EVENTS + "?actor=it-" + tag));
    assertEquals(
        0, total(target + "&to=" + AuditApi.encode("2000-01-01T00:00:00+08:00")), "before 2000");
    HttpResponse<String> page = Admin.get(target + "&size=2&page=1");
    assertEquals(1, Http.object(page).getJsonArray("items").size());
    assertEquals(3, Http.object(page).getInt("total"));
  }

  @Test
  void badFiltersAreProblemsNamingEachField() {
    HttpResponse<String> r =
        Admin.get(
            AuditApi.EVENTS
                + "?from=yesterday&to=2026-01-01&result=maybe&size=0&action="
                + AuditApi.encode("DROP TABLE"));
    assertEquals(400, r.statusCode(), r.body());
    assertEquals(
        "application/problem+json",
        r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    JsonObject problem = Http.object(r);
    assertEquals("https://zhaokao.org/problems/invalid-audit-query", problem.getString("type"));
    List<String> fields =
        problem.getJsonArray("errors").stream()
            .map(JsonValue::asJsonObject)
            .map(e -> e.getString("field"))
            .sorted()
            .toList();
    assertEquals(List.of("action", "from", "result", "size", "to"), fields);

    HttpResponse<String> backwards =
        Admin.get(
            AuditApi.EVENTS
                + "?from="
                + AuditApi.encode("2026-03-02T00:00:00Z")
                + "&to="
                + AuditApi.encode("2026-03-01T00:00:00Z"));
    assertEquals(400, backwards.statusCode(), backwards.body());
    assertEquals(400, Admin.get(AuditApi.VERIFICATION + "?fromPosition=-1").statusCode());
    assertEquals(400, Admin.get(AuditApi.EVENTS + ".csv?result=nope").statusCode());
  }

  @Test
  void exportsHoldTheFilteredRowsAsCsvAndExcel() {
    String tag = tag();
    AuditApi.record(tag, "it.probe.exported", "SUCCESS", "FAILED");
    String query = "?targetType=probe&targetId=" + tag;
    HttpResponse<String> csv = Admin.get(AuditApi.EVENTS + ".csv" + query, "Accept-Language", "en");
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(
        csv.headers().firstValue("Content-Disposition").orElse("").contains(".csv"),
        csv.headers().toString());
    String[] lines = csv.body().split("\r\n");
    assertEquals(3, lines.length, csv.body());
    assertTrue(lines[0].startsWith("\uFEFFTime,Id,"), lines[0]);
    assertTrue(lines[1].contains("it.probe.exported") && lines[1].contains(tag), lines[1]);
    // A user agent that a spreadsheet would run as a formula is defused.
    assertTrue(lines[1].contains("'=cmd|"), lines[1]);

    HttpResponse<String> zh = Admin.get(AuditApi.EVENTS + ".csv" + query, "Accept-Language", "zh");
    assertTrue(zh.body().startsWith("\uFEFF时间,"), zh.body());

    HttpResponse<byte[]> xlsx = Admin.getBytes(AuditApi.EVENTS + ".xlsx" + query);
    assertEquals(200, xlsx.statusCode());
    byte[] zip = xlsx.body();
    assertTrue(zip.length > 1000 && zip[0] == 'P' && zip[1] == 'K', "an OOXML package");
    assertTrue(
        new String(zip, StandardCharsets.ISO_8859_1).contains("xl/worksheets/sheet1.xml"),
        "has a worksheet");

    // Taking a copy of the trail out is itself on record, with the filter used.
    AuditApi.linkPending();
    JsonObject exported =
        Http.object(
                Admin.get(
                    AuditApi.EVENTS
                        + "?action=audit.trail.exported&targetType=audit-trail&targetId=xlsx&size=1"))
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals(tag, exported.getJsonObject("details").getString("targetId"));
    assertEquals("2", exported.getJsonObject("details").getString("rows"));
  }

  @Test
  void theRegistryAndThePluginRecordThePluginComingAndGoing() {
    deployer.deploy(PLUGIN);
    deployer.undeploy(PLUGIN);
    AuditApi.linkPending();
    String query =
        AuditApi.EVENTS + "?targetType=stage-plugin&targetId=" + PLUGIN + "&actor=system&size=3";
    List<JsonObject> rows =
        Http.object(Admin.get(query)).getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertEquals("stage.plugin.unregistered", rows.get(0).getString("action"));
    assertEquals("stage.plugin.registered", rows.get(1).getString("action"));
    assertEquals("SUCCESS", rows.get(1).getString("result"));
    assertEquals(SpiVersion.CURRENT, rows.get(1).getJsonObject("details").getString("spiVersion"));
    // Recorded by the plugin itself, through CoreServices.auditLog(), while it was initialised.
    assertEquals("stage.sample.initialised", rows.get(2).getString("action"));
    assertEquals("3", rows.get(2).getJsonObject("details").getString("maxPanels"));
  }

  @Test
  void theConsoleScreensAnswerInChineseByDefault() {
    HttpResponse<String> events = Admin.get("/zhaokao/console/audit/events.xhtml");
    assertEquals(200, events.statusCode());
    assertTrue(events.body().contains("审计日志"));
    assertTrue(events.body().contains("/zhaokao/api/v1/admin/audit/events.xlsx"));
    HttpResponse<String> verify = Admin.get("/zhaokao/console/audit/verification.xhtml");
    assertEquals(200, verify.statusCode());
    assertTrue(verify.body().contains("审计链校验"));
  }

  private static long total(String path) {
    HttpResponse<String> r = Admin.get(path);
    assertEquals(200, r.statusCode(), r.body());
    return Http.object(r).getJsonNumber("total").longValue();
  }

  static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
