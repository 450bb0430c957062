package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.AuditApi;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.PluginDeployments;

/**
 * Retention is three years at least: a shorter setting is refused, recorded, and purges nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditRetentionIT extends PluginDeployments {

  private static final String PROPERTY = "zhaokao.audit.retentionDays";
  private static final String RETENTION = "/zhaokao/api/v1/admin/audit/retention";

  @ArquillianResource private ManagementClient management;

  @Test
  void threeYearsIsTheDefaultAndARunPurgesNothingYounger() {
    JsonObject policy = Http.object(Admin.get(RETENTION));
    assertEquals(1096, policy.getInt("days"));
    assertEquals(1096, policy.getInt("minimumDays"));
    HttpResponse<String> run = Admin.post(RETENTION + "/run", "application/json", "");
    assertEquals(200, run.statusCode(), run.body());
    assertEquals(0, Http.object(run).getInt("purgedRows"));
    assertTrue(AuditApi.verify(null).getBoolean("intact"));
  }

  @Test
  void lessThanThreeYearsIsRefusedAndTheRefusalIsRecorded() throws Exception {
    long refusalsBefore = refusals();
    setProperty("30");
    try {
      JsonObject policy = Http.object(Admin.get(RETENTION));
      assertTrue(!policy.containsKey("days") || policy.isNull("days"), policy.toString());
      assertTrue(policy.getString("refused").contains("1096"), policy.toString());

      HttpResponse<String> run = Admin.post(RETENTION + "/run", "application/json", "");
      assertEquals(422, run.statusCode(), run.body());
      JsonObject problem = Http.object(run);
      assertEquals("https://zhaokao.org/problems/retention-refused", problem.getString("type"));
      assertTrue(problem.getString("detail").contains(PROPERTY + "=30"), problem.toString());
      assertEquals(refusalsBefore + 1, refusals());
    } finally {
      removeProperty();
    }
  }

  private static long refusals() {
    return Http.object(
            Admin.get(AuditApi.EVENTS + "?action=audit.retention.refused&actor=system&size=1"))
        .getJsonNumber("total")
        .longValue();
  }

  private void setProperty(String value) throws Exception {
    ModelNode add =
        Operations.createAddOperation(Operations.createAddress("system-property", PROPERTY));
    add.get("value").set(value);
    ModelNode result = management.getControllerClient().execute(add);
    assertTrue(Operations.isSuccessfulOutcome(result), result.toString());
  }

  private void removeProperty() throws Exception {
    management
        .getControllerClient()
        .execute(
            Operations.createRemoveOperation(
                Operations.createAddress("system-property", PROPERTY)));
  }
}
