package org.zhaokao.web.pipeline;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.zhaokao.pipeline.application.flow.MyResults;
import org.zhaokao.pipeline.application.flow.ScheduleForm;
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

  /** A stage's time and place as the page shows them, in China Standard Time; empty when unset. */
  public String sitting(ScheduleForm schedule) {
    if (schedule == null) {
      return "";
    }
    java.time.format.DateTimeFormatter minute =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    java.time.ZoneOffset china = java.time.ZoneOffset.ofHours(8);
    return schedule.startsAt().atZoneSameInstant(china).format(minute)
        + " – "
        + schedule.endsAt().atZoneSameInstant(china).format(minute)
        + " · "
        + schedule.place();
  }
}
