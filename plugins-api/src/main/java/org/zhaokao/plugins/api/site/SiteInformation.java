package org.zhaokao.plugins.api.site;

/**
 * What the site publishes about the agency that runs it, as staff set it in the console's settings:
 * for now the licences of every footer. The shared page layout reads it in every WAR, the core's
 * and each stage plugin's, so a page served by a plugin shows the same licences as the portal; a
 * plugin may also use it, for instance on a printed notice. Look it up with {@link
 * org.zhaokao.plugins.api.CoreLookup#siteInformation()}.
 *
 * @since SPI 1.3
 */
public interface SiteInformation {

  /** The global JNDI name of the core's implementation. */
  String JNDI_NAME =
      "java:global/zhaokao/zhaokao-content/SiteInformationBean!"
          + "org.zhaokao.plugins.api.site.SiteInformation";

  /** The licences as currently published; {@link Licences#NONE} parts where nothing is set. */
  Licences licences();
}
