package org.zhaokao.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The nodes of {@code config/cluster/two-nodes.sh} as {@code cluster-test.sh} describes them in
 * system properties: their HTTP addresses, management ports, and the script that knows their
 * processes.
 */
final class ClusterNodes {

  private ClusterNodes() {}

  /** {@code node1=http://127.0.0.1:8700,...} from {@code zhaokao.it.cluster.nodes}. */
  static Map<String, String> http() {
    return pairs("zhaokao.it.cluster.nodes");
  }

  /** {@code node1=10610,...} from {@code zhaokao.it.cluster.management}. */
  static Map<String, Integer> management() {
    return pairs("zhaokao.it.cluster.management").entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> Integer.parseInt(e.getValue())));
  }

  /** The node that answered, from the {@code X-Zhaokao-Node} header the nodes add. */
  static String answering(HttpResponse<?> response) {
    return response.headers().firstValue("X-Zhaokao-Node").orElse("");
  }

  /** The other node's name. */
  static String other(String node) {
    return http().keySet().stream().filter(n -> !n.equals(node)).findFirst().orElseThrow();
  }

  /** {@code kill -9} of the node's JVM. */
  static void kill(String node) throws IOException, InterruptedException {
    String script = System.getProperty("zhaokao.it.cluster.script", "config/cluster/two-nodes.sh");
    Process p = new ProcessBuilder(script, "java-pid", node).redirectErrorStream(true).start();
    String pid = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertEquals(0, p.waitFor(), "no pid for " + node + ": " + pid);
    System.out.printf("kill -9 %s (java pid %s)%n", node, pid);
    assertEquals(0, new ProcessBuilder("kill", "-9", pid).start().waitFor());
  }

  private static Map<String, String> pairs(String property) {
    return Stream.of(System.getProperty(property, "").split(","))
        .filter(s -> s.contains("="))
        .collect(Collectors.toMap(s -> s.split("=", 2)[0], s -> s.split("=", 2)[1]));
  }
}
