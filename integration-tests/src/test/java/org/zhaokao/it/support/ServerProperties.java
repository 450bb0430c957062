package org.zhaokao.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * Sets system properties on the running test server through its management API, as an operator
 * would with the CLI ({@code /system-property=...:add}); the notification settings are read at
 * every use, so no restart is needed.
 */
public final class ServerProperties implements AutoCloseable {

  private final ModelControllerClient client;

  private ServerProperties(ModelControllerClient client) {
    this.client = client;
  }

  /** Connects to the test server's management port ({@code zhaokao.it.management.port}). */
  public static ServerProperties connect() {
    try {
      return new ServerProperties(
          ModelControllerClient.Factory.create(
              "127.0.0.1", Integer.getInteger("zhaokao.it.management.port", 10090)));
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
