package org.zhaokao.web.rest.content;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.zhaokao.content.application.SiteConfiguration;
import org.zhaokao.web.security.Login;

/**
 * The site settings ({@code settings:manage}): licences and the complaint deadline. {@code PUT}
 * takes the keys to change, checks them all, and audits each change.
 */
@Path("/admin/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SiteSettingsResource {

  @EJB private SiteConfiguration settings;
  @Inject private Login login;

  @GET
  public Map<String, String> get() {
    return settings.values();
  }

  @PUT
  public Map<String, String> update(Map<String, String> changes) {
    return settings.update(login.actor(), changes);
  }
}
