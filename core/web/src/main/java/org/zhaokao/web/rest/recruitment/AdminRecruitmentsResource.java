package org.zhaokao.web.rest.recruitment;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.zhaokao.recruitment.application.AdmissionTickets;
import org.zhaokao.recruitment.application.PositionEditing;
import org.zhaokao.recruitment.application.PositionForm;
import org.zhaokao.recruitment.application.PositionImport;
import org.zhaokao.recruitment.application.PositionView;
import org.zhaokao.recruitment.application.Publication;
import org.zhaokao.recruitment.application.RecruitmentEditing;
import org.zhaokao.recruitment.application.RecruitmentForm;
import org.zhaokao.recruitment.application.RecruitmentView;
import org.zhaokao.web.recruitment.PositionWorkbook;
import org.zhaokao.web.security.Login;

/**
 * Recruitments (招考项目) in the console: write, add positions, submit for publication, approve
 * (someone else), send back, unpublish. Each use case checks the actor's permission on the
 * recruitment's employer.
 */
@Path("/admin/recruitments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminRecruitmentsResource {

  @EJB private RecruitmentEditing editing;
  @EJB private PositionEditing positions;
  @EJB private Publication publication;
  @EJB private PositionImport imports;
  @EJB private AdmissionTickets tickets;
  @Inject private Login login;

  @POST
  public Response create(RecruitmentForm form) {
    RecruitmentView created = editing.create(login.actor(), EmployersResource.required(form));
    return Response.created(URI.create("admin/recruitments/" + created.id()))
        .entity(created)
        .build();
  }

  @GET
  public List<RecruitmentEditing.Summary> list() {
    return editing.list(login.actor());
  }

  @GET
  @Path("{id: [0-9]+}")
  public RecruitmentView get(@PathParam("id") long id) {
    return editing.view(login.actor(), id);
  }

  @PUT
  @Path("{id: [0-9]+}")
  public RecruitmentView update(@PathParam("id") long id, RecruitmentForm form) {
    return editing.update(login.actor(), id, EmployersResource.required(form));
  }

  @POST
  @Path("{id: [0-9]+}/positions")
  public Response addPosition(@PathParam("id") long id, PositionForm form) {
    PositionView p = positions.add(login.actor(), id, EmployersResource.required(form));
    return Response.created(URI.create("admin/recruitments/" + id + "/positions/" + p.id()))
        .entity(p)
        .build();
  }

  /** The position import template (岗位导入模板): Chinese headers and an example row. */
  @GET
  @Path("position-template.xlsx")
  @Produces(PositionWorkbook.MEDIA_TYPE)
  public Response positionTemplate() {
    StreamingOutput body = PositionWorkbook::template;
    return Response.ok(body, PositionWorkbook.MEDIA_TYPE)
        .header(
            "Content-Disposition", "attachment; filename=\"" + PositionWorkbook.FILE_NAME + "\"")
        .build();
  }

  /**
   * Adds every position of an uploaded template (the .xlsx bytes as the body), or none: 422 names
   * each wrong cell by row and column.
   */
  @POST
  @Path("{id: [0-9]+}/positions/import")
  @Consumes({PositionWorkbook.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
  public List<PositionView> importPositions(@PathParam("id") long id, byte[] workbook) {
    return imports.importAll(login.actor(), id, PositionWorkbook.read(workbook));
  }

  @PUT
  @Path("{id: [0-9]+}/positions/{position: [0-9]+}")
  public PositionView updatePosition(
      @PathParam("id") long id, @PathParam("position") long position, PositionForm form) {
    return positions.update(login.actor(), id, position, EmployersResource.required(form));
  }

  @DELETE
  @Path("{id: [0-9]+}/positions/{position: [0-9]+}")
  public Response removePosition(@PathParam("id") long id, @PathParam("position") long position) {
    positions.remove(login.actor(), id, position);
    return Response.noContent().build();
  }

  /** The admission-ticket number pattern (准考证号规则) and how many numbers were issued. */
  @GET
  @Path("{id: [0-9]+}/ticket-numbering")
  public AdmissionTickets.Numbering ticketNumbering(@PathParam("id") long id) {
    return tickets.numbering(login.actor(), id);
  }

  /**
   * Sets the pattern with {@code {"pattern":"{year}{recruitment}{position}{seq:4}"}}; 409 once a
   * number was issued.
   */
  @PUT
  @Path("{id: [0-9]+}/ticket-numbering")
  public AdmissionTickets.Numbering setTicketPattern(
      @PathParam("id") long id, Map<String, String> body) {
    return tickets.setPattern(login.actor(), id, body == null ? null : body.get("pattern"));
  }

  /** Issues the numbers confirmed approvals still lack; answers how many. */
  @POST
  @Path("{id: [0-9]+}/tickets")
  public Map<String, Integer> issueTickets(@PathParam("id") long id) {
    return Map.of("issued", tickets.issueMissing(login.actor(), id));
  }

  /** Submits for publication (DRAFT → PENDING_PUBLICATION); 422 says what is missing. */
  @POST
  @Path("{id: [0-9]+}/submission")
  public RecruitmentView submit(@PathParam("id") long id) {
    return publication.submit(login.actor(), id);
  }

  /** Approves publication; 403 for the person who submitted it. */
  @POST
  @Path("{id: [0-9]+}/approval")
  public RecruitmentView approve(@PathParam("id") long id) {
    return publication.approve(login.actor(), id);
  }

  /** Sends a submission back to draft with {@code {"reason": ...}}. */
  @POST
  @Path("{id: [0-9]+}/sending-back")
  public RecruitmentView sendBack(@PathParam("id") long id, Map<String, String> body) {
    return publication.sendBack(login.actor(), id, body == null ? null : body.get("reason"));
  }

  /** Takes a published recruitment off the site with {@code {"reason": ...}}. */
  @POST
  @Path("{id: [0-9]+}/unpublication")
  public RecruitmentView unpublish(@PathParam("id") long id, Map<String, String> body) {
    return publication.unpublish(login.actor(), id, body == null ? null : body.get("reason"));
  }
}
