package org.zhaokao.web.rest.content;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.zhaokao.content.application.PageEditing;
import org.zhaokao.content.application.PageForm;
import org.zhaokao.content.application.PageReview;
import org.zhaokao.content.application.PageView;
import org.zhaokao.content.application.ReviewDecision;
import org.zhaokao.content.application.VersionView;
import org.zhaokao.content.domain.page.ReviewCriterion;
import org.zhaokao.content.domain.page.VersionDiff;
import org.zhaokao.web.security.Login;

/**
 * Site content in the console (网站内容管理): write pages, submit them, approve or reject them against
 * the review criteria (never one's own), list versions, compare two, roll back. The use cases check
 * {@code content:edit} and {@code content:publish}.
 */
@Path("/admin/content/pages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminPagesResource {

  @EJB private PageEditing editing;
  @EJB private PageReview review;
  @Inject private Login login;

  @POST
  public Response create(PageForm form) {
    PageView created = editing.create(login.actor(), required(form));
    return Response.created(URI.create("admin/content/pages/" + created.id()))
        .entity(created)
        .build();
  }

  @GET
  public List<PageView> list() {
    return editing.list(login.actor());
  }

  /** The review criteria a reviewer confirms. */
  @GET
  @Path("criteria")
  public List<ReviewCriterion> criteria() {
    return review.criteria();
  }

  @GET
  @Path("{id: [0-9]+}")
  public PageView get(@PathParam("id") long id) {
    return editing.view(login.actor(), id);
  }

  @PUT
  @Path("{id: [0-9]+}")
  public PageView update(@PathParam("id") long id, PageForm form) {
    return editing.update(login.actor(), id, required(form));
  }

  @POST
  @Path("{id: [0-9]+}/submission")
  public PageView submit(@PathParam("id") long id) {
    return editing.submit(login.actor(), id);
  }

  /** Publishes with {@code {"criteria": [every criterion]}}; 403 for the author. */
  @POST
  @Path("{id: [0-9]+}/approval")
  public PageView approve(@PathParam("id") long id, ReviewDecision decision) {
    return review.approve(login.actor(), id, decision);
  }

  /** Back to draft with {@code {"criteria": [failed ones], "note": ...}}. */
  @POST
  @Path("{id: [0-9]+}/rejection")
  public PageView reject(@PathParam("id") long id, ReviewDecision decision) {
    return review.reject(login.actor(), id, decision);
  }

  @GET
  @Path("{id: [0-9]+}/versions")
  public List<VersionView> versions(@PathParam("id") long id) {
    return editing.versions(login.actor(), id);
  }

  /** {@code ?from=1&to=2}: the lines of version 1 against version 2. */
  @GET
  @Path("{id: [0-9]+}/diff")
  public List<VersionDiff.Line> diff(
      @PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
    if (from == null || to == null) {
      throw new BadRequestException("Name the versions to compare: ?from=&to=");
    }
    return editing.diff(login.actor(), id, from, to);
  }

  /** A new draft with the text of version {@code n}, to be reviewed again. */
  @POST
  @Path("{id: [0-9]+}/versions/{n: [0-9]+}/rollback")
  public PageView rollback(@PathParam("id") long id, @PathParam("n") int n) {
    return editing.rollback(login.actor(), id, n);
  }

  static <T> T required(T body) {
    if (body == null) {
      throw new BadRequestException("Send a JSON body");
    }
    return body;
  }
}
