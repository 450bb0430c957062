package org.zhaokao.web.rest.pipeline;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.zhaokao.pipeline.application.flow.Admissions;

/**
 * A recruitment's published admission list for anyone (拟录用人员公示, SPEC F7): masked names, ticket
 * numbers, composite scores and ranks by position, and the publicity period. 404 until published;
 * answers may be a minute old.
 */
@Path("/recruitments/{id: [0-9]+}/admission")
@Produces(MediaType.APPLICATION_JSON)
public class PublicAdmissionResource {

  @EJB private Admissions admissions;

  @GET
  public Response published(@PathParam("id") long id) {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(60);
    return Response.ok(admissions.published(id)).cacheControl(cache).build();
  }
}
