package org.zhaokao.plugins.api;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.site.SiteInformation;

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
    return lookup(StagePluginRegistry.class, StagePluginRegistry.JNDI_NAME);
  }

  /**
   * The audit log, looked up under {@link AuditLog#JNDI_NAME}, for a CDI producer so the plugin can
   * {@code @Inject AuditLog}. Since SPI 1.1.
   *
   * @throws IllegalStateException if {@code zhaokao.ear} is not deployed
   */
  public static AuditLog auditLog() {
    return lookup(AuditLog.class, AuditLog.JNDI_NAME);
  }

  /**
   * What the site publishes about the agency (its licences), looked up under {@link
   * SiteInformation#JNDI_NAME}. Since SPI 1.3.
   *
   * @throws IllegalStateException if {@code zhaokao.ear} is not deployed
   */
  public static SiteInformation siteInformation() {
    return lookup(SiteInformation.class, SiteInformation.JNDI_NAME);
  }

  private static <T> T lookup(Class<T> type, String name) {
    try {
      return type.cast(new InitialContext().lookup(name));
    } catch (NamingException e) {
      throw new IllegalStateException(
          "The Zhaokao core (zhaokao.ear) is not deployed: " + name + " not found", e);
    }
  }
}
