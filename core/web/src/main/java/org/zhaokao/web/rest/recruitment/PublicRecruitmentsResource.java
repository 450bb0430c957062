package org.zhaokao.web.rest.recruitment;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.zhaokao.recruitment.application.PublicRecruitments;

/**
 * Published announcements (招考公告) for anyone: the list, one recruitment, its positions with
 * applicant counts and competition ratios (page by page, searchable). Answers may be a minute old,
 * and say so in {@code Cache-Control}.
 */
@Path("/recruitments")
@Produces(MediaType.APPLICATION_JSON)
public class PublicRecruitmentsResource {

  @EJB private PublicRecruitments recruitments;

  @GET
  public Response list() {
    return cached(recruitments.announcements());
  }

  @GET
  @Path("{id: [0-9]+}")
  public Response get(@PathParam("id") long id) {
    return cached(recruitments.recruitment(id));
  }

  /**
   * One page of the positions ({@code page} from 1, {@code size} up to 500, 50 by default),
   * narrowed by {@code q} (code, title, department or major contains it).
   */
  @GET
  @Path("{id: [0-9]+}/positions")
  public Response positions(
      @PathParam("id") long id,
      @QueryParam("q") String query,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return cached(recruitments.positions(id, query, page, size));
  }

  private static Response cached(Object entity) {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(60);
    return Response.ok(entity).cacheControl(cache).build();
  }
}
