package org.zhaokao.discipline.interfaces.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.zhaokao.discipline.domain.DisciplineException;

/** Reads fields of a JSON body, refusing a wrong type with a 422 that names the field. */
final class Bodies {

  private Bodies() {}

  static JsonObject require(JsonObject body) {
    if (body == null) {
      throw DisciplineException.invalid("body", "Send a JSON object");
    }
    return body;
  }

  static String text(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    throw wrong(name, "a string");
  }

  static Long number(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n && n.isIntegral()) {
      return n.longValueExact();
    }
    throw wrong(name, "a whole number");
  }

  static Boolean bool(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
      return v == JsonValue.TRUE;
    }
    throw wrong(name, "true or false");
  }

  static List<String> texts(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    if (!(v instanceof JsonArray a)) {
      throw wrong(name, "a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonValue x : a) {
      if (!(x instanceof JsonString s)) {
        throw wrong(name, "a list of strings");
      }
      out.add(s.getString());
    }
    return out;
  }

  private static DisciplineException wrong(String name, String what) {
    return DisciplineException.invalid(name, name + " must be " + what);
  }
}
