package org.zhaokao.web.pipeline;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.zhaokao.pipeline.application.flow.MyResults;
import org.zhaokao.web.security.Login;

/** "My results" (我的成绩): per application the stages with published scores, rank and next step. */
@Named
@RequestScoped
public class MyResultsPage {

  @EJB private MyResults results;
  @Inject private Login login;

  private List<MyResults.Progress> progress;

  public List<MyResults.Progress> getProgress() {
    if (progress == null) {
      progress = results.mine(login.actor());
    }
    return progress;
  }
}
