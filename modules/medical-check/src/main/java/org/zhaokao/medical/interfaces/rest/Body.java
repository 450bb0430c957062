package org.zhaokao.medical.interfaces.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhaokao.medical.application.StageProblem;

/** Reads a JSON request body's fields, answering 422 with the field's name when one is wrong. */
final class Body {

  private final JsonObject json;

  private Body(JsonObject json) {
    this.json = json;
  }

  static Body of(JsonValue value) {
    if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw StageProblem.invalid("the body must be a JSON object");
    }
    return new Body(value.asJsonObject());
  }

  /** A string field, or null when absent. */
  String text(String name) {
    JsonValue v = json.get(name);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (!(v instanceof JsonString s)) {
      throw StageProblem.invalid(name + " must be a string");
    }
    return s.getString();
  }

  long id(String name) {
    JsonValue v = json.get(name);
    if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
      throw StageProblem.invalid(name + " is required, an id");
    }
    return n.longValue();
  }

  boolean flag(String name) {
    JsonValue v = json.get(name);
    if (v != null && v != JsonValue.TRUE && v != JsonValue.FALSE && v != JsonValue.NULL) {
      throw StageProblem.invalid(name + " must be true or false");
    }
    return v == JsonValue.TRUE;
  }

  /** An object of true/false answers, e.g. a checklist. */
  Map<String, Boolean> flags(String name) {
    JsonValue v = json.get(name);
    if (!(v instanceof JsonObject o)) {
      throw StageProblem.invalid(name + " is required, an object of true/false answers");
    }
    Map<String, Boolean> out = new LinkedHashMap<>();
    o.forEach(
        (k, x) -> {
          if (x != JsonValue.TRUE && x != JsonValue.FALSE) {
            throw StageProblem.invalid(name + "." + k + " must be true or false");
          }
          out.put(k, x == JsonValue.TRUE);
        });
    return out;
  }

  /** An enum constant by name. */
  <E extends Enum<E>> E choice(String name, Class<E> type) {
    String t = text(name);
    try {
      return Enum.valueOf(type, t == null ? "" : t.strip());
    } catch (IllegalArgumentException e) {
      throw StageProblem.invalid(
          name + " is one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }
}
