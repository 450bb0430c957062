package org.zhaokao.notification.application.delivery;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parameters an SMS template used, stored with the delivery as a flat JSON object. */
public final class TemplateParameters {

  private TemplateParameters() {}

  public static String format(Map<String, String> values) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    values.forEach(json::add);
    return json.build().toString();
  }

  public static Map<String, String> parse(String json) {
    Map<String, String> values = new LinkedHashMap<>();
    if (json == null || json.isBlank()) {
      return values;
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      object.forEach((k, v) -> values.put(k, ((JsonString) v).getString()));
    }
    return values;
  }
}
