package org.zhaokao.plugins.api;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Finds the core's services from a plugin. Call it from a CDI producer so the rest of the plugin
 * can {@code @Inject} what it needs:
 *
 * <pre>{@code
 * public class CoreProducer {
 *   @Produces
 *   StagePluginRegistry registry() {
 *     return CoreLookup.registry();
 *   }
 * }
 * }</pre>
 */
public final class CoreLookup {

  private CoreLookup() {}

  /**
   * The registry, looked up under {@link StagePluginRegistry#JNDI_NAME}.
   *
   * @throws IllegalStateException if {@code zhaokao.ear} is not deployed
   */
  public static StagePluginRegistry registry() {
    try {
      return (StagePluginRegistry) new InitialContext().lookup(StagePluginRegistry.JNDI_NAME);
    } catch (NamingException e) {
      throw new IllegalStateException(
          "The Zhaokao core (zhaokao.ear) is not deployed: "
              + StagePluginRegistry.JNDI_NAME
              + " not found",
          e);
    }
  }
}
