package org.zhaokao.web.rest.notification;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.zhaokao.notification.application.log.DeliveryFilter;
import org.zhaokao.notification.application.log.DeliveryLog;
import org.zhaokao.notification.application.log.DeliveryView;
import org.zhaokao.web.security.Login;

/**
 * The delivery log (投递记录) for staff: per recipient ({@code accountId} or {@code address}), per
 * event or request key, by channel and status; addresses masked. A failed delivery can be resent.
 */
@Path("/admin/notifications/deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveriesResource {

  @EJB private DeliveryLog log;
  @Inject private Login login;

  @GET
  public List<DeliveryView> search(
      @QueryParam("accountId") String accountId,
      @QueryParam("address") String address,
      @QueryParam("eventType") String eventType,
      @QueryParam("idempotencyKey") String idempotencyKey,
      @QueryParam("channel") String channel,
      @QueryParam("status") String status,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    DeliveryFilter filter;
    try {
      filter =
          new DeliveryFilter(
              accountId, address, eventType, idempotencyKey, channel, status, page, size);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
    return log.search(filter);
  }

  @GET
  @Path("/{id}")
  public DeliveryView get(@PathParam("id") String id) {
    return log.find(id).orElseThrow(() -> new NotFoundException("There is no delivery " + id));
  }

  /** Queues a failed delivery again (audited): 202, or 409 if it has not failed. */
  @POST
  @Path("/{id}/resend")
  public Response resend(@PathParam("id") String id) {
    return switch (log.resend(login.actor(), id)) {
      case QUEUED -> Response.accepted(Map.of("id", id, "status", "PENDING")).build();
      case NOT_FOUND -> throw new NotFoundException("There is no delivery " + id);
      case NOT_FAILED ->
          throw new ClientErrorException(
              "Only a failed delivery can be resent; delivery " + id + " has not failed",
              Response.Status.CONFLICT);
    };
  }
}
