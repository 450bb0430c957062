package org.zhaokao.recruitment.domain.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stores the answers to a position's extra questions as one JSON object: they are read and written
 * with their application only.
 */
@Converter
public class AnswersConverter implements AttributeConverter<Map<String, String>, String> {

  @Override
  public String convertToDatabaseColumn(Map<String, String> answers) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    if (answers != null) {
      answers.forEach(json::add);
    }
    return json.build().toString();
  }

  @Override
  public Map<String, String> convertToEntityAttribute(String column) {
    Map<String, String> answers = new LinkedHashMap<>();
    if (column == null || column.isBlank()) {
      return answers;
    }
    try (JsonReader reader = Json.createReader(new StringReader(column))) {
      JsonObject object = reader.readObject();
      object.forEach((k, v) -> answers.put(k, ((JsonString) v).getString()));
    }
    return answers;
  }
}
