package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.AuditApi;
import org.zhaokao.it.support.AuditProbeDeployments;

/**
 * A measurement, not a test with a time limit: how many audit writes per second the platform takes
 * through the plugin-facing AuditLog from several threads, and how soon the chain keeper has linked
 * them. Prints the figures and appends them to {@code target/audit-throughput.txt}; asserts only
 * that every entry was written and linked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditThroughputIT extends AuditProbeDeployments {

  private static final int EVENTS = Integer.getInteger("zhaokao.it.audit.events", 2000);

  @Test
  void measuresAuditWrites() throws IOException {
    AuditApi.benchmark(200, 2, "warm-up");
    for (int threads : new int[] {1, 4, 8}) {
      String tag = "bench-" + UUID.randomUUID().toString().substring(0, 8);
      JsonObject figures = AuditApi.benchmark(EVENTS, threads, tag);
      assertEquals(EVENTS, figures.getInt("events"));
      assertEquals(0, figures.getJsonNumber("unlinkedLeft").longValue(), figures.toString());
      String line =
          Instant.now() + " db=" + System.getProperty("zhaokao.it.db", "h2") + " " + figures;
      System.out.println("AUDIT THROUGHPUT " + line);
      Files.writeString(
          Path.of("target/audit-throughput.txt"),
          line + System.lineSeparator(),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
    AuditApi.verify(null);
  }
}
