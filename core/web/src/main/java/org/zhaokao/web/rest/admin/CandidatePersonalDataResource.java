package org.zhaokao.web.rest.admin;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.zhaokao.identity.application.CandidatePersonalData;
import org.zhaokao.web.security.Login;

/** A candidate's personal data in full, for holders of pii:view-full; every viewing is audited. */
@Path("/admin/candidates/{id}/personal-data")
@Produces(MediaType.APPLICATION_JSON)
public class CandidatePersonalDataResource {

  @Inject private Login login;
  @EJB private CandidatePersonalData data;

  @GET
  public Response view(@PathParam("id") long id, @QueryParam("purpose") String purpose) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(data.view(login.actor(), id, purpose)).cacheControl(noStore).build();
  }
}
