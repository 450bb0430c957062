package org.zhaokao.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.zhaokao.identity.application.DemoAccounts;
import org.zhaokao.plugins.api.RunMode;

/**
 * Says where the platform answers once the core WAR is up, so a person running it knows what to
 * open.
 */
@WebListener
public class ReadyBanner implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(ReadyBanner.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    int port =
        Integer.getInteger("jboss.http.port", 8080)
            + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    String base = "http://localhost:" + port + event.getServletContext().getContextPath() + "/";
    StringBuilder banner = new StringBuilder();
    banner.append("\n\n  Zhaokao 招考 is ready\n");
    banner.append("    candidate portal : ").append(base).append('\n');
    banner.append("    staff console    : ").append(base).append("console/\n");
    banner.append("    REST API         : ").append(base).append("api/v1/stages\n");
    banner.append("    OpenAPI          : ").append(base).append("openapi\n");
    if (RunMode.demo()) {
      banner.append("  Demo logins (").append(base).append("login.xhtml)\n");
      banner
          .append("    administrator    : ")
          .append(DemoAccounts.ADMIN)
          .append(" / ")
          .append(DemoAccounts.ADMIN_PASSWORD)
          .append("  (authenticator key ")
          .append(DemoAccounts.ADMIN_TOTP_SECRET)
          .append(")\n");
      banner
          .append("    2nd administrator: ")
          .append(DemoAccounts.ADMIN2)
          .append(" / ")
          .append(DemoAccounts.ADMIN_PASSWORD)
          .append("  (authenticator key ")
          .append(DemoAccounts.ADMIN2_TOTP_SECRET)
          .append(")\n");
      banner
          .append("    candidate 张三    : ")
          .append(DemoAccounts.CANDIDATE_MOBILE)
          .append(" / ")
          .append(DemoAccounts.CANDIDATE_PASSWORD)
          .append('\n');
    }
    LOG.info(banner::toString);
  }
}
