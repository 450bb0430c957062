package org.zhaokao.web.content;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.zhaokao.content.application.SiteConfiguration;

/**
 * The licences the ui-kit footer shows on every page of the core WAR (portal and console), read
 * once per request from the site settings. Plain getters, because the footer's expressions must
 * also evaluate (to nothing) in stage WARs that have no such bean.
 */
@Named("zkSite")
@RequestScoped
public class SiteFooter {

  @EJB private SiteConfiguration settings;

  private SiteConfiguration.Licences licences;

  private SiteConfiguration.Licences licences() {
    if (licences == null) {
      licences = settings.licences();
    }
    return licences;
  }

  public String getBusinessNumber() {
    return licences().businessNumber();
  }

  public String getBusinessImage() {
    return licences().businessImage();
  }

  public String getHrNumber() {
    return licences().hrNumber();
  }

  public String getHrImage() {
    return licences().hrImage();
  }

  public String getIcpNumber() {
    return licences().icpNumber();
  }

  public String getIcpLink() {
    return licences().icpLink();
  }
}
