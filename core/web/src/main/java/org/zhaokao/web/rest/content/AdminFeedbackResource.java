package org.zhaokao.web.rest.content;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.zhaokao.content.application.FeedbackBox;
import org.zhaokao.content.application.FeedbackView;
import org.zhaokao.web.security.Login;

/** The feedback staff holding {@code complaint:view} read, newest first. */
@Path("/admin/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class AdminFeedbackResource {

  @EJB private FeedbackBox box;
  @Inject private Login login;

  @GET
  public List<FeedbackView> newest() {
    return box.newest(login.actor());
  }
}
