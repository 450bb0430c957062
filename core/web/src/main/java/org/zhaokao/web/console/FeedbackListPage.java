package org.zhaokao.web.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.zhaokao.content.application.FeedbackBox;
import org.zhaokao.content.application.FeedbackView;
import org.zhaokao.web.recruitment.Problems;
import org.zhaokao.web.security.Login;

/** The console's list of feedback (意见反馈), newest first, with the page each was left on. */
@Named
@RequestScoped
public class FeedbackListPage {

  @EJB private FeedbackBox box;
  @Inject private Login login;

  private List<FeedbackView> rows;

  public List<FeedbackView> getRows() {
    if (rows == null) {
      try {
        rows = box.newest(login.actor());
      } catch (RuntimeException e) {
        rows = List.of();
        Problems.show("feedback", e);
      }
    }
    return rows;
  }
}
