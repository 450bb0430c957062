package org.zhaokao.web.rest.account;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import org.zhaokao.identity.application.ContactVerification;
import org.zhaokao.identity.domain.account.ContactChannel;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.RequestLocale;

/**
 * A candidate's mobile number and e-mail address: prove them with a code, change them (password,
 * then a code to the new address), and choose which of them receive notifications. {@code channel}
 * is {@code mobile} or {@code email}.
 */
@Path("/me/contacts")
@Produces(MediaType.APPLICATION_JSON)
public class ContactsResource {

  @Inject private Login login;
  @EJB private ContactVerification contacts;
  @Context private HttpServletRequest request;

  /** Sends a code to the address on file: 202, or 409 {@code code-too-soon}. */
  @POST
  @Path("{channel}/code")
  public Response sendCode(@PathParam("channel") String channel) {
    contacts.sendCode(login.actor(), channelOf(channel), RequestLocale.of(request));
    return Response.accepted().build();
  }

  /** Confirms the address on file with the code: 204, or 422 for a wrong code. */
  @POST
  @Path("{channel}/confirm")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response confirm(@PathParam("channel") String channel, Map<String, String> body) {
    contacts.confirm(login.actor(), channelOf(channel), field(body, "code"));
    return Response.noContent().build();
  }

  /**
   * Starts a change: {@code {"password":..., "value":...}}; a code goes to the new address (202).
   */
  @POST
  @Path("{channel}/change")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response startChange(@PathParam("channel") String channel, Map<String, String> body) {
    contacts.startChange(
        login.actor(),
        channelOf(channel),
        field(body, "password"),
        field(body, "value"),
        RequestLocale.of(request));
    return Response.accepted().build();
  }

  /** Completes a change with the code sent to the new address: 204. */
  @POST
  @Path("{channel}/change/confirm")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response confirmChange(@PathParam("channel") String channel, Map<String, String> body) {
    contacts.confirmChange(login.actor(), channelOf(channel), field(body, "code"));
    return Response.noContent().build();
  }

  static ContactChannel channelOf(String text) {
    try {
      return ContactChannel.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("No contact channel '" + text + "': use mobile or email");
    }
  }

  static String field(Map<String, String> body, String name) {
    if (body == null || body.get(name) == null) {
      throw new BadRequestException("Send " + name);
    }
    return body.get(name);
  }
}
