package org.zhaokao.web.rest.pipeline;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.zhaokao.pipeline.application.flow.MyResults;
import org.zhaokao.web.security.Login;

/** The logged-in candidate's results per application and stage (我的成绩). */
@Path("/me/results")
@Produces(MediaType.APPLICATION_JSON)
public class MyResultsResource {

  @EJB private MyResults results;
  @Inject private Login login;

  @GET
  public List<MyResults.Progress> mine() {
    return results.mine(login.actor());
  }
}
