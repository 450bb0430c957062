package org.zhaokao.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * Administers the running test server through its management API, as an operator would with the
 * CLI: system properties ({@code /system-property=...:add}; the notification settings are read at
 * every use, so no restart is needed) and redeployments.
 */
public final class ServerAdmin implements AutoCloseable {

  private final ModelControllerClient client;

  private ServerAdmin(ModelControllerClient client) {
    this.client = client;
  }

  /** Connects to the test server's management port ({@code zhaokao.it.management.port}). */
  public static ServerAdmin connect() {
    return connect(Integer.getInteger("zhaokao.it.management.port", 10090));
  }

  /** Connects to the management port of a server on this machine (a cluster node, say). */
  public static ServerAdmin connect(int managementPort) {
    try {
      return new ServerAdmin(ModelControllerClient.Factory.create("127.0.0.1", managementPort));
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    client.close();
  }

  public void set(String name, String value) {
    remove(name);
    ModelNode add = operation("add", name);
    add.get("value").set(value);
    ModelNode result = execute(add);
    if (!"success".equals(result.get("outcome").asString())) {
      throw new IllegalStateException("could not set " + name + ": " + result);
    }
  }

  public void remove(String name) {
    execute(operation("remove", name));
  }

  /**
   * Redeploys {@code deployment}: every service and bean of it stops and starts again, and what
   * depends on it (stage WARs) with it. Returns once it is up again.
   */
  public void redeploy(String deployment) {
    ModelNode redeploy = new ModelNode();
    redeploy.get("operation").set("redeploy");
    redeploy.get("address").add("deployment", deployment);
    ModelNode result = execute(redeploy);
    if (!"success".equals(result.get("outcome").asString())) {
      throw new IllegalStateException("could not redeploy " + deployment + ": " + result);
    }
  }

  /**
   * Removes every deployment of the server, stage WARs before the EAR they depend on; answers their
   * names.
   */
  public java.util.List<String> removeDeployments() {
    ModelNode read = new ModelNode();
    read.get("operation").set("read-children-names");
    read.get("address").setEmptyList();
    read.get("child-type").set("deployment");
    java.util.List<String> names =
        new java.util.ArrayList<>(
            execute(read).get("result").asListOrEmpty().stream().map(ModelNode::asString).toList());
    names.sort(java.util.Comparator.comparing((String n) -> n.endsWith(".ear")));
    for (String name : names) {
      ModelNode remove = new ModelNode();
      remove.get("operation").set("composite");
      remove.get("address").setEmptyList();
      ModelNode steps = remove.get("steps");
      for (String op : new String[] {"undeploy", "remove"}) {
        ModelNode step = new ModelNode();
        step.get("operation").set(op);
        step.get("address").add("deployment", name);
        steps.add(step);
      }
      ModelNode result = execute(remove);
      if (!"success".equals(result.get("outcome").asString())) {
        throw new IllegalStateException("could not remove " + name + ": " + result);
      }
    }
    return names;
  }

  private static ModelNode operation(String op, String name) {
    ModelNode node = new ModelNode();
    node.get("operation").set(op);
    node.get("address").add("system-property", name);
    return node;
  }

  private ModelNode execute(ModelNode operation) {
    try {
      return client.execute(operation);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
