package org.zhaokao.web.rest.survey;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.zhaokao.content.application.AnswerForm;
import org.zhaokao.content.application.MySurveyView;
import org.zhaokao.content.application.SurveyAnswering;
import org.zhaokao.web.security.Login;

/**
 * The logged-in candidate's open surveys and the answer to one ({@code {"overall": 1..5, "content",
 * "process", "efficiency", "result", "attitude", "remark"?}}). A second answer is a 409; a retry
 * therefore never stores two.
 */
@Path("/me/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MySurveysResource {

  @EJB private SurveyAnswering answering;
  @Inject private Login login;

  @GET
  public List<MySurveyView> mine() {
    return answering.mine(login.actor());
  }

  @POST
  @Path("{id: [0-9]+}/response")
  public Response answer(@PathParam("id") long id, AnswerForm form) {
    return Response.status(Response.Status.CREATED)
        .entity(answering.answer(login.actor(), id, form))
        .build();
  }
}
