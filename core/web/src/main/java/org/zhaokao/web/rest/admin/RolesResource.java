package org.zhaokao.web.rest.admin;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhaokao.identity.application.RoleAdministration;
import org.zhaokao.identity.domain.role.RoleDefinition;
import org.zhaokao.web.console.KnownPermissions;
import org.zhaokao.web.security.Login;

/** Roles and the permissions they grant. */
@Path("/admin/roles")
@Produces(MediaType.APPLICATION_JSON)
public class RolesResource {

  @Inject private Login login;
  @Inject private KnownPermissions known;
  @EJB private RoleAdministration roles;

  @GET
  public List<RoleDefinition> list() {
    return roles.roles(login.actor());
  }

  /** Every permission a role may grant: the core's and every installed stage plugin's. */
  @GET
  @Path("permissions")
  public Set<String> permissions() {
    roles.roles(login.actor());
    return known.all();
  }

  /** {@code {"code":..., "nameZh":..., "nameEn":...}} → 201. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(Map<String, String> body) {
    if (body == null) {
      throw new BadRequestException("Send code, nameZh and nameEn");
    }
    roles.create(login.actor(), body.get("code"), body.get("nameZh"), body.get("nameEn"));
    return Response.status(Response.Status.CREATED).build();
  }

  /** Replaces the role's permissions: a JSON array of permission strings. */
  @PUT
  @Path("{code}/permissions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response setPermissions(@PathParam("code") String code, Set<String> permissions) {
    if (permissions == null) {
      throw new BadRequestException("Send a JSON array of permission strings");
    }
    roles.setPermissions(login.actor(), code, permissions, known.all());
    return Response.noContent().build();
  }
}
