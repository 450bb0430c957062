package org.zhaokao.web.pipeline;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import org.zhaokao.pipeline.application.flow.PluginConfigView;
import org.zhaokao.pipeline.application.flow.StagePluginConfig;
import org.zhaokao.platform.validation.FieldProblem;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.web.recruitment.Problems;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/**
 * The plugin settings of the stage selected on the pipeline page: a form generated from the
 * plugin's config metadata, each violation of the plugin's rules shown at its field.
 */
@Named
@ViewScoped
public class StageConfigPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private StagePluginConfig config;
  @Inject private PipelinePage pipeline;
  @Inject private Login login;

  private Long loadedFor;
  private boolean frozen;
  private List<ConfigRow> rows = new ArrayList<>();

  /** Reads the stored settings whenever another stage is selected. */
  private void sync() {
    Long selected = pipeline.getStageId();
    if (Objects.equals(selected, loadedFor)) {
      return;
    }
    loadedFor = selected;
    rows = new ArrayList<>();
    if (selected == null) {
      return;
    }
    try {
      PluginConfigView view = config.view(login.actor(), selected);
      frozen = view.frozen();
      view.fields().forEach(f -> rows.add(new ConfigRow(f)));
    } catch (RuntimeException e) {
      Problems.show(PipelinePage.FORM, e);
    }
  }

  public void save() {
    rows.forEach(r -> r.setError(null));
    Map<String, String> values = new LinkedHashMap<>();
    rows.forEach(r -> values.put(r.getName(), r.getValue() == null ? "" : r.getValue()));
    try {
      PluginConfigView saved = config.configure(login.actor(), loadedFor, values);
      rows = new ArrayList<>();
      saved.fields().forEach(f -> rows.add(new ConfigRow(f)));
      PageMessages.info("pipeline.config.saved");
    } catch (InvalidInputException e) {
      e.problems().forEach(this::showAtField);
      PageMessages.error(null, "recruitment.form.invalid");
    } catch (RuntimeException e) {
      Problems.show(PipelinePage.FORM, e);
    }
  }

  private void showAtField(FieldProblem p) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    String key = "validation." + p.code();
    String text =
        msg.containsKey(key)
            ? MessageFormat.format(msg.getString(key), p.arguments().toArray())
            : p.message();
    rows.stream().filter(r -> r.getName().equals(p.field())).forEach(r -> r.setError(text));
  }

  public List<ConfigRow> getRows() {
    sync();
    return rows;
  }

  public boolean isFrozen() {
    sync();
    return frozen;
  }
}
