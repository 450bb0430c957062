package org.zhaokao.discipline.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import org.zhaokao.discipline.domain.DisciplineException;

/**
 * The discipline screens' messages, from the plugin's bundle ({@code dc}, zh_CN default, English):
 * a success names what happened; a refusal shows a translated summary with the service's sentence
 * (which names the record and the rule) as its detail.
 */
final class Notices {

  private Notices() {}

  static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, format(key, args), null);
  }

  static void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, format(key, args), null);
  }

  static void refused(DisciplineException e) {
    add(FacesMessage.SEVERITY_ERROR, format("discipline.msg.refused"), e.getMessage());
  }

  /** The bundle's text for {@code key}, its {@code {0}} filled in the viewer's locale. */
  static String format(String key, Object... args) {
    FacesContext fc = FacesContext.getCurrentInstance();
    String pattern = fc.getApplication().getResourceBundle(fc, "dc").getString(key);
    return args.length == 0
        ? pattern
        : new MessageFormat(pattern, fc.getViewRoot().getLocale()).format(args);
  }

  private static void add(FacesMessage.Severity severity, String summary, String detail) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail));
  }
}
