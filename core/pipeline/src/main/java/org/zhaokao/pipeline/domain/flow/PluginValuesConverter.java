package org.zhaokao.pipeline.domain.flow;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Stores a stage's plugin settings as one JSON object of texts, keys in order. */
@Converter
public class PluginValuesConverter implements AttributeConverter<Map<String, String>, String> {

  @Override
  public String convertToDatabaseColumn(Map<String, String> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    JsonObjectBuilder json = Json.createObjectBuilder();
    new TreeMap<>(values).forEach(json::add);
    return json.build().toString();
  }

  @Override
  public Map<String, String> convertToEntityAttribute(String column) {
    Map<String, String> values = new LinkedHashMap<>();
    if (column == null || column.isBlank()) {
      return values;
    }
    try (var reader = Json.createReader(new StringReader(column))) {
      JsonObject json = reader.readObject();
      json.forEach((k, v) -> values.put(k, ((JsonString) v).getString()));
    }
    return values;
  }
}
