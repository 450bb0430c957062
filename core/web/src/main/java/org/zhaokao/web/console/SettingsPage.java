package org.zhaokao.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhaokao.content.application.SiteConfiguration;
import org.zhaokao.web.recruitment.Problems;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/**
 * The site settings screen (系统设置): licence numbers and images shown in every footer, and the
 * complaint answer deadline. The whole form is sent at once; the use case checks it whole and
 * audits only the keys whose value changed.
 */
@Named
@ViewScoped
public class SettingsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "settings";

  @EJB private SiteConfiguration settings;
  @Inject private Login login;

  private final LinkedHashMap<String, String> values = new LinkedHashMap<>();

  @PostConstruct
  void init() {
    values.putAll(settings.values());
  }

  public void save() {
    try {
      Map<String, String> saved = settings.update(login.actor(), new LinkedHashMap<>(values));
      values.clear();
      values.putAll(saved);
      PageMessages.info("settings.saved");
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  /** The form's values by setting key. */
  public Map<String, String> getValues() {
    return values;
  }

  public List<String> getKeys() {
    return List.copyOf(values.keySet());
  }
}
