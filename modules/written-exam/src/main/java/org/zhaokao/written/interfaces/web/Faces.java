package org.zhaokao.written.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.security.web.RequestActor;
import org.zhaokao.written.application.UseCaseException;

/** What the screens share: the actor of the request and messages from the bundle. */
final class Faces {

  private Faces() {}

  static Actor actor() {
    return RequestActor.of(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  static String text(String key, Object... args) {
    FacesContext fc = FacesContext.getCurrentInstance();
    ResourceBundle b = fc.getApplication().getResourceBundle(fc, "we");
    return MessageFormat.format(b.getString(key), args);
  }

  static void info(String key, Object... args) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
  }

  static void error(String summaryKey, UseCaseException e) {
    error(summaryKey, e.getMessage(), e.details());
  }

  static void error(String summaryKey, String detail, List<String> lines) {
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(summaryKey), detail));
    for (String line : lines) {
      fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, line, null));
    }
    fc.validationFailed();
  }

  /** The whole-number request parameter {@code name}, or 0 when absent or not a number. */
  static long longParameter(String name) {
    String v =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get(name);
    try {
      return v == null ? 0 : Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
