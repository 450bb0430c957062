package org.zhaokao.pipeline.application.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import org.zhaokao.plugins.api.config.ConfigMetadata;
import org.zhaokao.plugins.api.config.ConfigProperty;

/**
 * Where a plugin's server-wide settings come from: system properties {@code
 * zhaokao.stage.<id>.<name>}, which an administrator sets with the WildFly CLI ({@code
 * /system-property=zhaokao.stage.interview.examinersPerPanel: add(value=7)}) and which a redeploy
 * of the plugin picks up. Unset properties take their declared defaults.
 */
final class PluginSettings {

  private PluginSettings() {}

  static String propertyName(String stageId, String setting) {
    return "zhaokao.stage." + stageId + "." + setting;
  }

  static Map<String, String> valuesFor(String stageId, ConfigMetadata metadata) {
    Map<String, String> values = new LinkedHashMap<>();
    for (ConfigProperty p : metadata.properties()) {
      String value = System.getProperty(propertyName(stageId, p.name()));
      if (value != null) {
        values.put(p.name(), value);
      }
    }
    return values;
  }
}
