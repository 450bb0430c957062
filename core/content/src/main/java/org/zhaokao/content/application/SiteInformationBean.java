package org.zhaokao.content.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.zhaokao.plugins.api.site.Licences;
import org.zhaokao.plugins.api.site.SiteInformation;

/**
 * The site settings as every WAR reads them, the core's and each stage plugin's: bound under {@link
 * SiteInformation#JNDI_NAME} so the shared page layout finds the licences wherever it renders.
 */
@Stateless
public class SiteInformationBean implements SiteInformation {

  @EJB private SiteConfiguration configuration;

  @Override
  public Licences licences() {
    return configuration.licences();
  }
}
