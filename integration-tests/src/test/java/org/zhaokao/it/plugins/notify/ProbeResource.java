package org.zhaokao.it.plugins.notify;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.zhaokao.plugins.api.notify.NotificationReceipt;
import org.zhaokao.plugins.api.notify.NotificationRejectedException;
import org.zhaokao.plugins.api.notify.NotificationRequest;

/**
 * Test-only: asks for a notification inside a transaction of this plugin's own, then commits it or,
 * with {@code ?rollback=true}, rolls it back, as a use case whose state change fails would.
 */
@Path("/notifications")
@RequestScoped
public class ProbeResource {

  @Inject private ProbeRegistration registration;

  @Resource(lookup = "java:comp/UserTransaction")
  private UserTransaction transaction;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response notify(ProbeRequest in, @QueryParam("rollback") boolean rollback)
      throws Exception {
    NotificationRequest request;
    try {
      request = in.toRequest();
    } catch (IllegalArgumentException | NullPointerException e) {
      return Response.status(400).entity(Map.of("error", String.valueOf(e.getMessage()))).build();
    }
    transaction.begin();
    try {
      NotificationReceipt receipt = registration.notifier().notify(request);
      if (rollback) {
        transaction.rollback();
      } else {
        transaction.commit();
      }
      return Response.ok(
              Map.of(
                  "notificationId", receipt.notificationId(),
                  "queued", receipt.queued(),
                  "duplicates", receipt.duplicates(),
                  "committed", !rollback))
          .build();
    } catch (NotificationRejectedException e) {
      return Response.status(422).entity(Map.of("error", e.getMessage())).build();
    } finally {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    }
  }
}
