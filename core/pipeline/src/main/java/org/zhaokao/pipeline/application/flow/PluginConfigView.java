package org.zhaokao.pipeline.application.flow;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A stage's plugin settings for one recruitment, as the chain editor renders them: one typed field
 * per property the plugin declares.
 *
 * @param stageInstanceId the stage instance
 * @param stageId the plugin's stage id
 * @param frozen whether the stage has started, so the settings no longer change
 * @param fields the plugin's properties with their current values
 */
public record PluginConfigView(
    long stageInstanceId, String stageId, boolean frozen, List<Field> fields) {

  /**
   * One property.
   *
   * @param name property name (the key in GET/PUT)
   * @param type STRING, INTEGER, DECIMAL, BOOLEAN or CHOICE
   * @param label label by language ({@code zh}, {@code en})
   * @param help help text by language
   * @param defaultValue the plugin's default, or null
   * @param required whether a value is needed (the default counts)
   * @param min lowest number, or null
   * @param max highest number, or null
   * @param options the choices of a CHOICE property
   * @param value the value entered for this recruitment, or null (the default applies)
   */
  public record Field(
      String name,
      String type,
      Map<String, String> label,
      Map<String, String> help,
      String defaultValue,
      boolean required,
      BigDecimal min,
      BigDecimal max,
      List<String> options,
      String value) {}
}
