package org.zhaokao.web.rest.survey;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.zhaokao.content.application.SurveyAdministration;
import org.zhaokao.content.application.SurveyForm;
import org.zhaokao.content.application.SurveyResults;
import org.zhaokao.content.application.SurveyResultsView;
import org.zhaokao.content.application.SurveyView;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.web.security.Login;

/**
 * Satisfaction surveys in the console: define ({@code {"recruitmentId", "stageInstanceId"?,
 * "title"}}), list per recruitment, open by hand, close, results and their Excel export. The use
 * cases check {@code survey:manage} / {@code survey:view} on the recruitment.
 */
@Path("/admin/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminSurveysResource {

  @EJB private SurveyAdministration administration;
  @EJB private SurveyResults results;
  @Inject private Login login;

  @POST
  public Response define(SurveyForm form) {
    SurveyView s = administration.define(login.actor(), form);
    return Response.created(URI.create("surveys/" + s.id())).entity(s).build();
  }

  @GET
  public List<SurveyView> list(@QueryParam("recruitmentId") Long recruitmentId) {
    if (recruitmentId == null) {
      throw InvalidInputException.of("recruitmentId", "required", "Name the recruitment");
    }
    return administration.list(login.actor(), recruitmentId);
  }

  @POST
  @Path("{id: [0-9]+}/open")
  public SurveyView open(@PathParam("id") long id) {
    return administration.open(login.actor(), id);
  }

  @POST
  @Path("{id: [0-9]+}/close")
  public SurveyView close(@PathParam("id") long id) {
    return administration.close(login.actor(), id);
  }

  @GET
  @Path("{id: [0-9]+}/results")
  public SurveyResultsView results(@PathParam("id") long id) {
    return results.results(login.actor(), id);
  }

  @GET
  @Path("{id: [0-9]+}/results.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public Response export(@PathParam("id") long id) {
    return SurveyExport.xlsx(results.results(login.actor(), id));
  }
}
