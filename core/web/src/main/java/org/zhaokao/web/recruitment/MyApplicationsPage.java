package org.zhaokao.web.recruitment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.zhaokao.recruitment.application.ApplicationView;
import org.zhaokao.recruitment.application.MyApplications;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/** "My applications" (我的报名): each with its status timeline and the review's reasons. */
@Named
@RequestScoped
public class MyApplicationsPage {

  @EJB private MyApplications mine;
  @Inject private Login login;

  private List<ApplicationView> applications;

  public List<ApplicationView> getApplications() {
    if (applications == null) {
      applications = mine.list(login.actor());
    }
    return applications;
  }

  public void withdraw(long id) {
    try {
      mine.withdraw(login.actor(), id);
      PageMessages.info("applications.withdrawn");
      applications = null;
    } catch (RuntimeException e) {
      Problems.show("applications", e);
    }
  }
}
