package org.zhaokao.web.rest.recruitment;

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
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.zhaokao.recruitment.application.EmployerAdmin;
import org.zhaokao.recruitment.application.EmployerForm;
import org.zhaokao.web.security.Login;

/** Employers (招考单位) for staff holding {@code employer:manage}. */
@Path("/admin/employers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmployersResource {

  @EJB private EmployerAdmin admin;
  @Inject private Login login;

  /** Creates an employer: 201, 422 naming refused fields, 409 when the code is taken. */
  @POST
  public Response create(EmployerForm form) {
    EmployerForm created = admin.create(login.actor(), required(form));
    return Response.created(URI.create("admin/employers/" + created.id())).entity(created).build();
  }

  @GET
  public List<EmployerForm> list() {
    return admin.list(login.actor());
  }

  @GET
  @Path("{id: [0-9]+}")
  public EmployerForm get(@PathParam("id") long id) {
    return admin.get(login.actor(), id);
  }

  /** Replaces profile, service plan and agreement. */
  @PUT
  @Path("{id: [0-9]+}")
  public EmployerForm update(@PathParam("id") long id, EmployerForm form) {
    return admin.update(login.actor(), id, required(form));
  }

  /**
   * Creates a user of the employer ({@code {"username":...,"displayName":...,
   * "initialPassword":...}}): 201 with the account id. The account waits for an administrator's
   * review (as {@code /admin/accounts/{id}/review}); the user enrols the authenticator app at the
   * first login.
   */
  @POST
  @Path("{id: [0-9]+}/users")
  public Response createUser(@PathParam("id") long id, Map<String, String> body) {
    Map<String, String> form = required(body);
    long account =
        admin.createUser(
            login.actor(),
            id,
            form.get("username"),
            form.get("displayName"),
            form.get("initialPassword"));
    return Response.created(URI.create("admin/accounts/" + account))
        .entity(Map.of("id", account))
        .build();
  }

  static <T> T required(T body) {
    if (body == null) {
      throw new BadRequestException("Send a JSON body");
    }
    return body;
  }
}
