package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.AuditApi;
import org.zhaokao.it.support.AuditProbeDeployments;
import org.zhaokao.it.support.Http;

/**
 * The audit tamper test: someone with database access edits a row's details, deletes a row or
 * overwrites a hash, and the verifier names the row. Each test writes its own rows, verifies from
 * the first of them (the shared trail may hold anything before), and puts the row back, after which
 * the chain holds again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTamperIT extends AuditProbeDeployments {

  @Test
  void anEditedRowIsNamed() {
    tamperAndRestore("details", "ROW_EDITED");
  }

  @Test
  void aDeletedRowIsNamedByItsPosition() {
    tamperAndRestore("delete", "ROW_DELETED");
  }

  @Test
  void anEditedHashIsNamed() {
    tamperAndRestore("hash", "HASH_EDITED");
  }

  private static void tamperAndRestore(String how, String kind) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    AuditApi.record(tag, "it.tamper." + how, "SUCCESS", "SUCCESS", "DENIED", "SUCCESS", "FAILED");
    List<JsonObject> rows = AuditApi.rowsOf(tag);
    assertEquals(5, rows.size());
    long first = rows.get(rows.size() - 1).getJsonNumber("position").longValue();
    JsonObject victim = rows.get(2);
    long id = victim.getJsonNumber("id").longValue();
    long position = victim.getJsonNumber("position").longValue();
    assertTrue(AuditApi.verify(first).getBoolean("intact"), "intact before tampering");

    AuditApi.tamper(id, how);
    try {
      JsonObject report = AuditApi.verify(first);
      assertFalse(report.getBoolean("intact"), report.toString());
      JsonObject broken = report.getJsonObject("brokenAt");
      assertEquals(kind, broken.getString("kind"), report.toString());
      assertEquals(position, broken.getJsonNumber("position").longValue(), report.toString());
      if (!how.equals("delete")) {
        assertEquals(id, broken.getJsonNumber("eventId").longValue(), report.toString());
      }
      // The break is itself recorded, as an alarm that outlives the report.
      JsonObject alarm =
          Http.object(Admin.get(AuditApi.EVENTS + "?action=audit.chain.broken&size=1"))
              .getJsonArray("items")
              .getJsonObject(0);
      assertEquals(kind, alarm.getJsonObject("details").getString("kind"));
      assertEquals(Long.toString(position), alarm.getJsonObject("details").getString("position"));
    } finally {
      AuditApi.tamper(id, "restore");
    }
    JsonObject after = AuditApi.verify(first);
    assertTrue(after.getBoolean("intact"), "intact once restored: " + after);
  }
}
