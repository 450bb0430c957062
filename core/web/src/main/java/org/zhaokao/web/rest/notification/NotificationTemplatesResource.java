package org.zhaokao.web.rest.notification;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.zhaokao.notification.application.template.EventView;
import org.zhaokao.notification.application.template.Preview;
import org.zhaokao.notification.application.template.TemplateCatalog;
import org.zhaokao.notification.application.template.TemplateView;
import org.zhaokao.notification.domain.template.TemplateKey;
import org.zhaokao.web.security.Login;

/**
 * Notification events and their templates, for content editors (staff only, under {@code
 * /api/v1/admin}). Saving validates: an unknown placeholder or an SMS over the length limit is a
 * 422 naming each problem, and nothing is saved.
 */
@Path("/admin/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationTemplatesResource {

  private static final String ONE = "/templates/{eventType}/{channel}/{locale}";

  @EJB private TemplateCatalog catalog;
  @Inject private Login login;

  /** Every event with the parameters its templates may use. */
  @GET
  @Path("/events")
  public List<EventView> events() {
    return catalog.events();
  }

  /** Every template, or those of one event. */
  @GET
  @Path("/templates")
  public List<TemplateView> templates(@QueryParam("eventType") String eventType) {
    return catalog.templates(eventType == null || eventType.isBlank() ? null : eventType);
  }

  @GET
  @Path(ONE)
  public TemplateView template(
      @PathParam("eventType") String eventType,
      @PathParam("channel") String channel,
      @PathParam("locale") String locale) {
    TemplateKey key = known(eventType, channel, locale);
    return catalog
        .template(key)
        .orElseThrow(() -> new NotFoundException("There is no template " + key + " yet"));
  }

  /** Saves an editor's text (audited), creating the template if the event had none there. */
  @PUT
  @Path(ONE)
  @Consumes(MediaType.APPLICATION_JSON)
  public TemplateView save(
      @PathParam("eventType") String eventType,
      @PathParam("channel") String channel,
      @PathParam("locale") String locale,
      TemplateText text) {
    TemplateKey key = known(eventType, channel, locale);
    return catalog.save(login.actor(), key, required(text).subject(), text.body());
  }

  /** The text filled with the event's sample values, or why it cannot be saved. */
  @POST
  @Path(ONE + "/preview")
  @Consumes(MediaType.APPLICATION_JSON)
  public Preview preview(
      @PathParam("eventType") String eventType,
      @PathParam("channel") String channel,
      @PathParam("locale") String locale,
      TemplateText text) {
    TemplateKey key = known(eventType, channel, locale);
    return catalog.preview(key, required(text).subject(), text.body());
  }

  private TemplateKey known(String eventType, String channel, String locale) {
    TemplateKey key = TemplateKeys.of(eventType, channel, locale);
    if (catalog.event(eventType).isEmpty()) {
      throw new NotFoundException("There is no notification event '" + eventType + "'");
    }
    return key;
  }

  private static TemplateText required(TemplateText text) {
    if (text == null) {
      throw new BadRequestException("Send the template as {\"subject\": ..., \"body\": ...}");
    }
    return text;
  }
}
