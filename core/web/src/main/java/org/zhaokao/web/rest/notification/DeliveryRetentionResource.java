package org.zhaokao.web.rest.notification;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.zhaokao.notification.application.retention.DeliveryRetention;
import org.zhaokao.web.security.Login;

/**
 * Runs the delivery log's retention purge now, instead of waiting for the nightly job: {@code POST
 * /api/v1/admin/notifications/retention/purge} with the configured retention, {@code ?days=N} for
 * another one, or {@code ?before=2026-05-01T00:00:00Z} for an exact cutoff. Answers with the cutoff
 * and what was deleted; a negative or malformed value is a 4xx and deletes nothing.
 */
@Path("/admin/notifications/retention")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryRetentionResource {

  @EJB private DeliveryRetention retention;
  @Inject private Login login;

  @POST
  @Path("/purge")
  public DeliveryRetention.Run purge(
      @QueryParam("days") String days, @QueryParam("before") String before) {
    return retention.purgeNow(login.actor(), days(days), instant(before));
  }

  private static Integer days(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException("days must be a whole number of days, got '" + text + "'");
    }
  }

  private static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          "before must be an instant like 2026-05-01T00:00:00Z, got '" + text + "'");
    }
  }
}
