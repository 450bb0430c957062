package org.zhaokao.web.rest.content;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.zhaokao.content.application.FeedbackBox;
import org.zhaokao.web.security.Login;

/** Feedback from anyone: {@code POST /feedback} with {@code {"page": ..., "text": ...}}. */
@Path("/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeedbackResource {

  @EJB private FeedbackBox box;
  @Inject private Login login;

  @POST
  public Response leave(Map<String, String> body) {
    Map<String, String> b = body == null ? Map.of() : body;
    return Response.status(Response.Status.CREATED)
        .entity(box.leave(login.actor(), b.get("page"), b.get("text")))
        .build();
  }
}
