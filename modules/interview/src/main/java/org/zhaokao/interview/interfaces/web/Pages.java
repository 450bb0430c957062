package org.zhaokao.interview.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ResourceBundle;
import org.zhaokao.interview.application.InterviewProblem;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.security.web.RequestActor;

/** What the stage's screens share: the request's actor, refusals as messages, bundle messages. */
final class Pages {

  private Pages() {}

  /** Runs a use case; a refusal becomes an error message on the page. */
  static boolean run(Runnable action) {
    try {
      action.run();
      return true;
    } catch (InterviewProblem e) {
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      return false;
    }
  }

  static void message(FacesMessage.Severity severity, String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(severity, bundle().getString(key), null));
  }

  static ResourceBundle bundle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "iv");
  }

  static Actor actor() {
    return RequestActor.of(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }
}
