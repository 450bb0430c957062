package org.zhaokao.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.zhaokao.web.security.RequestAudit;
import org.zhaokao.web.security.SessionAdministration;
import org.zhaokao.web.support.PageMessages;

/** 在线会话: who is logged in, and ending a session. */
@Named
@RequestScoped
public class SessionsPage {

  @Inject private SessionAdministration sessions;
  @Inject private RequestAudit audit;

  public List<SessionAdministration.SessionView> getRows() {
    return sessions.active();
  }

  public void end(String handle) {
    if (sessions.end(handle)) {
      audit.record(audit.entry("session.ended").target("session", handle));
      PageMessages.info("sessions.ended");
    }
  }
}
