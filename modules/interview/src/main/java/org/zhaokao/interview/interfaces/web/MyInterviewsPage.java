package org.zhaokao.interview.interfaces.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.zhaokao.interview.application.MyInterview;
import org.zhaokao.interview.application.Notices;

/**
 * The candidate's portal page of the interview (我的面试): time and place, the notice to download, and
 * the online meeting link while the candidate's time slot is open.
 */
@Named
@RequestScoped
public class MyInterviewsPage {

  @EJB private Notices notices;
  private List<MyInterview> interviews;

  public List<MyInterview> getInterviews() {
    if (interviews == null) {
      interviews = List.of();
      Pages.run(() -> interviews = notices.mine(Pages.actor()));
    }
    return interviews;
  }
}
