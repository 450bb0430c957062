package org.zhaokao.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.zhaokao.platform.validation.FieldProblem;
import org.zhaokao.platform.validation.InvalidInputException;

/**
 * Puts use-case errors on a page, translated from the {@code msg} bundle, next to the fields they
 * concern.
 */
public final class PageMessages {

  private PageMessages() {}

  public static void fieldProblems(String formId, InvalidInputException e) {
    for (FieldProblem p : e.problems()) {
      error(formId + ":" + p.field(), "validation." + p.code(), p.arguments().toArray());
    }
  }

  /** Every field problem of a refused use case, as page-level messages. */
  public static void problems(InvalidInputException e) {
    e.problems().forEach(p -> error(null, "validation." + p.code(), p.arguments().toArray()));
  }

  public static void error(String clientId, String key, Object... args) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
  }

  public static void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, key, args);
  }

  private static void add(
      String clientId, FacesMessage.Severity severity, String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    String text;
    try {
      text = MessageFormat.format(msg.getString(key), args);
    } catch (MissingResourceException e) {
      text = key;
    }
    faces.addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
