package org.zhaokao.medical.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.security.web.RequestActor;

/** What the screens share: the request's actor and messages from the plugin's bundle. */
final class Screens {

  private Screens() {}

  static Actor actor() {
    return RequestActor.of(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  static String text(String key) {
    FacesContext fc = FacesContext.getCurrentInstance();
    return fc.getApplication().getResourceBundle(fc, "mc").getString(key);
  }

  static void info(String text) {
    message(FacesMessage.SEVERITY_INFO, text);
  }

  static void error(String text) {
    message(FacesMessage.SEVERITY_ERROR, text);
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
