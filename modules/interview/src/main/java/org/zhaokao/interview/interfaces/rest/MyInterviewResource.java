package org.zhaokao.interview.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.zhaokao.interview.application.MyInterview;
import org.zhaokao.interview.application.Notices;
import org.zhaokao.security.web.RequestActor;

/** The candidate's own interviews (我的面试); the notice is at {@code /slots/{slot}/notice.pdf}. */
@Path("/me/interviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyInterviewResource {

  @EJB private Notices notices;
  @Context private HttpServletRequest request;

  @GET
  public List<MyInterview> mine() {
    return notices.mine(RequestActor.of(request));
  }
}
