package org.zhaokao.web.rest.pipeline;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.BadRequestException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a stage's plugin settings from a JSON object: each value a text, number or boolean. */
final class PluginConfigBody {

  private PluginConfigBody() {}

  static Map<String, String> values(JsonObject body) {
    if (body == null) {
      throw new BadRequestException("Send the settings as a JSON object");
    }
    Map<String, String> values = new LinkedHashMap<>();
    body.forEach(
        (name, v) -> {
          switch (v.getValueType()) {
            case STRING -> values.put(name, ((JsonString) v).getString());
            case NUMBER -> values.put(name, ((JsonNumber) v).bigDecimalValue().toPlainString());
            case TRUE -> values.put(name, "true");
            case FALSE -> values.put(name, "false");
            case NULL -> {
              // the plugin's default applies
            }
            default -> throw new BadRequestException(name + " must be a text, number or boolean");
          }
        });
    return values;
  }
}
