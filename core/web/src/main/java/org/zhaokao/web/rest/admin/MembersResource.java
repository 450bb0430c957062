package org.zhaokao.web.rest.admin;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.identity.application.MemberAdministration;
import org.zhaokao.identity.application.MemberView;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.security.SessionAdministration;

/**
 * Staff and employer accounts: create (waits for review), review by another administrator, disable
 * (ends every session of the account at once), enable, grant and revoke roles.
 */
@Path("/admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

  @Inject private Login login;
  @Inject private SessionAdministration sessions;
  @EJB private MemberAdministration members;

  @GET
  public List<MemberView> list(
      @QueryParam("status") String status,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    if (status != null && !List.of("ACTIVE", "PENDING_REVIEW", "DISABLED").contains(status)) {
      throw new BadRequestException("status is ACTIVE, PENDING_REVIEW or DISABLED");
    }
    return members.list(login.actor(), Optional.ofNullable(status), page, size);
  }

  /** {@code {"kind":"STAFF","username":...,"displayName":...,"initialPassword":...}} → 201. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(Map<String, String> body) {
    if (body == null) {
      throw new BadRequestException("Send kind, username, displayName and initialPassword");
    }
    long id =
        members.create(
            login.actor(),
            body.get("kind"),
            body.get("username"),
            body.get("displayName"),
            body.get("initialPassword"));
    return Response.created(URI.create("admin/accounts/" + id)).entity(Map.of("id", id)).build();
  }

  /** {@code {"approve":true,"note":...}}: by an administrator other than the creator. */
  @POST
  @Path("{id}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response review(@PathParam("id") long id, Map<String, Object> body) {
    if (body == null || !(body.get("approve") instanceof Boolean approve)) {
      throw new BadRequestException("Send approve (true or false) and an optional note");
    }
    members.review(
        login.actor(), id, approve, body.get("note") == null ? null : body.get("note").toString());
    return Response.noContent().build();
  }

  /** Disables the account and ends its sessions. */
  @POST
  @Path("{id}/disable")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Integer> disable(@PathParam("id") long id, Map<String, String> body) {
    members.disable(login.actor(), id, body == null ? null : body.get("reason"));
    return Map.of("sessionsEnded", sessions.endAll(id));
  }

  @POST
  @Path("{id}/enable")
  public Response enable(@PathParam("id") long id) {
    members.enable(login.actor(), id);
    return Response.noContent().build();
  }

  /** {@code {"role":"reviewer","scopeType":"EMPLOYER","scopeId":"42"}}. */
  @POST
  @Path("{id}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response grant(@PathParam("id") long id, Map<String, String> body) {
    if (body == null || body.get("role") == null) {
      throw new BadRequestException("Send role, and scopeType/scopeId for a scoped grant");
    }
    members.grant(
        login.actor(),
        id,
        body.get("role"),
        body.getOrDefault("scopeType", "GLOBAL"),
        body.get("scopeId"));
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/roles/{role}")
  public Response revoke(
      @PathParam("id") long id,
      @PathParam("role") String role,
      @QueryParam("scopeType") @DefaultValue("GLOBAL") String scopeType,
      @QueryParam("scopeId") @DefaultValue("") String scopeId) {
    members.revoke(login.actor(), id, role, scopeType, scopeId);
    return Response.noContent().build();
  }
}
