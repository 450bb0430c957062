package org.zhaokao.web.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.zhaokao.pipeline.application.registry.StageCatalog;
import org.zhaokao.pipeline.application.registry.StageView;

/**
 * The console's stage plugin page: every installed plugin with its status, and the class-loader
 * leak check.
 */
@Named
@RequestScoped
public class StagesPage {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

  @EJB private StageCatalog catalog;

  private List<StageRow> rows;

  public List<StageRow> getRows() {
    if (rows == null) {
      Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
      rows = catalog.stages().stream().map(v -> row(v, locale)).toList();
    }
    return rows;
  }

  public void leakCheck() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    List<String> retained = catalog.retainedAfterUnregister();
    FacesMessage message =
        retained.isEmpty()
            ? new FacesMessage(
                FacesMessage.SEVERITY_INFO, msg.getString("console.stages.leaks.none"), null)
            : new FacesMessage(
                FacesMessage.SEVERITY_WARN,
                MessageFormat.format(
                    msg.getString("console.stages.leaks.found"), String.join(", ", retained)),
                null);
    faces.addMessage(null, message);
  }

  private static StageRow row(StageView v, Locale locale) {
    return new StageRow(
        v.id(),
        v.name().in(locale),
        v.version(),
        v.spiVersion(),
        v.status().name(),
        v.reason(),
        v.screens().stream().map(s -> s.label().in(locale) + " → " + s.href()).toList(),
        v.firstSeen() == null ? "" : TIME.format(v.firstSeen()),
        v.lastSeen() == null ? "" : TIME.format(v.lastSeen()));
  }
}
