package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Deployments;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.PluginDeployments;
import org.zhaokao.plugins.api.SpiVersion;

/**
 * Stage plugins come and go while the core runs: hot deploy, undeploy, incompatibility, core
 * redeploy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StageRegistryIT extends PluginDeployments {

  private static final String SAMPLE = "sample";
  private static final String FUTURE = "future";

  @ArquillianResource private Deployer deployer;
  @ArquillianResource private ManagementClient management;

  @Deployment(name = SAMPLE, managed = false, testable = false)
  static WebArchive sample() {
    return Deployments.samplePlugin(SAMPLE, SpiVersion.CURRENT);
  }

  @Deployment(name = FUTURE, managed = false, testable = false)
  static WebArchive future() {
    return Deployments.samplePlugin(FUTURE, "2.0");
  }

  @Test
  void aDeployedPluginAppearsActiveAndAnUndeployedOneUnavailableWithNothingRetained() {
    deployer.deploy(SAMPLE);
    try {
      JsonObject stage = Http.stage(SAMPLE).orElseThrow();
      assertEquals("ACTIVE", stage.getString("status"));
      assertEquals(SpiVersion.CURRENT, stage.getString("spiVersion"));
      assertEquals("示例阶段", stage.getJsonObject("name").getString("zh"));
      assertEquals("Sample stage", stage.getJsonObject("name").getString("en"));
      JsonObject screen = stage.getJsonArray("screens").getJsonObject(0);
      assertEquals("/zhaokao-sample/rooms.xhtml", screen.getString("href"));
      assertEquals("stage:sample:view", screen.getString("requiredPermission"));
      assertTrue(stage.getJsonArray("permissions").toString().contains("stage:sample:manage"));
      // The server-wide setting -Dzhaokao.stage.sample.maxPanels=7 reached the plugin's init().
      assertEquals("7", stage.getJsonObject("operationalInfo").getString("maxPanels"));
      assertEquals(SpiVersion.CURRENT, stage.getJsonObject("operationalInfo").getString("coreSpi"));
    } finally {
      deployer.undeploy(SAMPLE);
    }
    JsonObject gone = Http.stage(SAMPLE).orElseThrow();
    assertEquals("UNAVAILABLE", gone.getString("status"));
    assertEquals("示例阶段", gone.getJsonObject("name").getString("zh"));
    assertTrue(gone.getJsonArray("screens").isEmpty());

    var leaks = Browsing.asAdmin().post("/zhaokao/api/v1/admin/stages/leak-check", "");
    assertEquals(200, leaks.statusCode(), leaks.body());
    assertTrue(
        Http.object(leaks).getJsonArray("retained").isEmpty(),
        "class loader of the undeployed plugin is still reachable: " + leaks.body());
  }

  @Test
  void aPluginBuiltForAnotherSpiMajorIsListedIncompatibleWithTheReason() {
    deployer.deploy(FUTURE);
    try {
      JsonObject stage = Http.stage(FUTURE).orElseThrow();
      assertEquals("INCOMPATIBLE", stage.getString("status"));
      assertTrue(stage.getString("reason").contains("2.0"), stage.getString("reason"));
      assertTrue(stage.getJsonArray("screens").isEmpty());
    } finally {
      deployer.undeploy(FUTURE);
    }
  }

  @Test
  void redeployingTheCoreRestartsEveryPluginAndTheyRegisterAgain() throws Exception {
    deployer.deploy(SAMPLE);
    try {
      String before =
          Http.stage(SAMPLE)
              .orElseThrow()
              .getJsonObject("operationalInfo")
              .getString("initialisedAt");
      ModelNode redeploy =
          Operations.createOperation(
              "redeploy", Operations.createAddress("deployment", "zhaokao.ear"));
      ModelNode result = management.getControllerClient().execute(redeploy);
      assertTrue(Operations.isSuccessfulOutcome(result), result.toString());

      JsonObject after = awaitActive(SAMPLE, Duration.ofSeconds(60));
      assertTrue(
          !before.equals(after.getJsonObject("operationalInfo").getString("initialisedAt")),
          "the plugin was not re-initialised");
    } finally {
      deployer.undeploy(SAMPLE);
    }
  }

  private static JsonObject awaitActive(String id, Duration limit) throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    while (Instant.now().isBefore(deadline)) {
      try {
        if (Http.get("/zhaokao/api/v1/health").statusCode() == 200) {
          Optional<JsonObject> stage = Http.stage(id);
          if (stage.isPresent() && stage.get().getString("status").equals("ACTIVE")) {
            return stage.get();
          }
        }
      } catch (RuntimeException notYetUp) {
        // The core is still starting: try again.
      }
      Thread.sleep(250);
    }
    throw new AssertionError("stage " + id + " did not become active again within " + limit);
  }
}
