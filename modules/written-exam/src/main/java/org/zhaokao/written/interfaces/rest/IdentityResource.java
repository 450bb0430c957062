package org.zhaokao.written.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.zhaokao.security.web.RequestActor;
import org.zhaokao.written.application.IdentityCheck;

/**
 * The candidate's identity check before an online exam: {@code /api/me/exams/{exam}/identity}
 * (where it stands) and a live webcam photo POSTed as {@code image/jpeg}.
 */
@Path("/me/exams/{exam}/identity")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityResource {

  @Inject private IdentityCheck identity;
  @Context private HttpServletRequest request;

  @GET
  public IdentityCheck.View status(@PathParam("exam") long exam) {
    return identity.status(RequestActor.of(request), exam);
  }

  @POST
  @Consumes("image/jpeg")
  public IdentityCheck.View submit(@PathParam("exam") long exam, byte[] photo) {
    return identity.submit(RequestActor.of(request), exam, photo);
  }
}
