package org.zhaokao.physical.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.zhaokao.physical.application.SheetUseCases;
import org.zhaokao.security.web.RequestActor;

/** The sign-in sheet of a session and the result sheet, as PDF. */
@Path("/recruitments/{r}/sheets")
@RequestScoped
public class SheetResource {

  @Inject private SheetUseCases sheets;
  @Context private HttpServletRequest request;

  @GET
  @Path("/sessions/{s}/sign-in.pdf")
  @Produces("application/pdf")
  public Response signInSheet(@PathParam("r") long recruitmentId, @PathParam("s") long sessionId) {
    byte[] pdf = sheets.signInSheet(RequestActor.of(request), recruitmentId, sessionId, locale());
    return pdf("sign-in-" + recruitmentId + "-" + sessionId + ".pdf", pdf);
  }

  @GET
  @Path("/results.pdf")
  @Produces("application/pdf")
  public Response resultSheet(@PathParam("r") long recruitmentId) {
    byte[] pdf = sheets.resultSheet(RequestActor.of(request), recruitmentId, locale());
    return pdf("results-" + recruitmentId + ".pdf", pdf);
  }

  private Locale locale() {
    // zh_CN unless the client asks for English first.
    String wanted = request.getHeader("Accept-Language");
    return wanted != null && wanted.startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }

  private static Response pdf(String name, byte[] body) {
    return Response.ok(body, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
