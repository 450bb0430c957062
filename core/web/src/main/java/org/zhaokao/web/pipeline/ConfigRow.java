package org.zhaokao.web.pipeline;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.zhaokao.pipeline.application.flow.PluginConfigView;

/** One typed field of a stage plugin's settings form, holding what the user entered. */
public class ConfigRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String name;
  private final String type;
  private final String labelZh;
  private final String labelEn;
  private final String helpZh;
  private final String helpEn;
  private final String defaultValue;
  private final boolean required;
  private final BigDecimal min;
  private final BigDecimal max;
  private final List<String> options;
  private String value;
  private String error;

  ConfigRow(PluginConfigView.Field f) {
    this.name = f.name();
    this.type = f.type();
    this.labelZh = f.label().get("zh");
    this.labelEn = f.label().get("en");
    this.helpZh = f.help().get("zh");
    this.helpEn = f.help().get("en");
    this.defaultValue = f.defaultValue();
    this.required = f.required();
    this.min = f.min();
    this.max = f.max();
    this.options = List.copyOf(f.options());
    this.value = f.value() != null ? f.value() : f.defaultValue();
  }

  public String getName() {
    return name;
  }

  public String getType() {
    return type;
  }

  /** The label in {@code language} ({@code zh} or {@code en}). */
  public String label(String language) {
    return "en".equals(language) ? labelEn : labelZh;
  }

  /** The help text, or null when the plugin has none (its key comes back unresolved). */
  public String help(String language) {
    String help = "en".equals(language) ? helpEn : helpZh;
    return help == null || help.startsWith("config.") ? null : help;
  }

  public String getDefaultValue() {
    return defaultValue;
  }

  public boolean isRequired() {
    return required;
  }

  public BigDecimal getMin() {
    return min;
  }

  public BigDecimal getMax() {
    return max;
  }

  public List<String> getOptions() {
    return options;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  /** A BOOLEAN field as a check box. */
  public boolean isChecked() {
    return "true".equals(value);
  }

  public void setChecked(boolean checked) {
    this.value = String.valueOf(checked);
  }

  /** The violation of the last save at this field, or null. */
  public String getError() {
    return error;
  }

  void setError(String error) {
    this.error = error;
  }
}
