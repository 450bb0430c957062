package org.zhaokao.interview.interfaces.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhaokao.interview.application.InterviewProblem;

/** Reads request bodies strictly: a value of the wrong type is a 422 naming the field. */
final class Bodies {

  private Bodies() {}

  static JsonObject required(JsonObject body) {
    if (body == null) {
      throw new InterviewProblem(400, "no-body", "Send a JSON object");
    }
    return body;
  }

  static String text(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    if (v instanceof JsonNumber n) {
      return n.toString();
    }
    if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
      return v.toString();
    }
    throw InterviewProblem.invalid(key, key + " must be a text");
  }

  static BigDecimal decimal(JsonObject o, String key, String field) {
    JsonValue v = o.get(key);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n) {
      return n.bigDecimalValue();
    }
    throw InterviewProblem.invalid(field, field + " must be a number");
  }

  static Long id(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n && n.isIntegral()) {
      return n.longValueExact();
    }
    throw InterviewProblem.invalid(key, key + " must be a whole number");
  }

  static List<Long> ids(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v.getValueType() != JsonValue.ValueType.ARRAY) {
      throw InterviewProblem.invalid(key, key + " must be a list of ids");
    }
    List<Long> out = new ArrayList<>();
    for (JsonValue item : v.asJsonArray()) {
      if (!(item instanceof JsonNumber n) || !n.isIntegral()) {
        throw InterviewProblem.invalid(key, key + " must be a list of ids");
      }
      out.add(n.longValueExact());
    }
    return out;
  }

  /** {@code "08:30"}, or null when absent. */
  static LocalTime time(JsonObject o, String key) {
    String v = text(o, key);
    try {
      return v == null ? null : LocalTime.parse(v);
    } catch (DateTimeParseException e) {
      throw InterviewProblem.invalid(key, key + " is a time like 08:30");
    }
  }

  /** An ISO-8601 time with offset, {@code "2026-12-05T09:00+08:00"}, or null when absent. */
  static OffsetDateTime instant(JsonObject o, String key) {
    String v = text(o, key);
    try {
      return v == null ? null : OffsetDateTime.parse(v);
    } catch (DateTimeParseException e) {
      throw InterviewProblem.invalid(
          key, key + " is a time with offset like 2026-12-05T09:00+08:00");
    }
  }

  /** A list of whole numbers, or null when absent. */
  static List<Integer> integers(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v.getValueType() != JsonValue.ValueType.ARRAY) {
      throw InterviewProblem.invalid(key, key + " must be a list of whole numbers");
    }
    List<Integer> out = new ArrayList<>();
    for (JsonValue item : v.asJsonArray()) {
      if (!(item instanceof JsonNumber n) || !n.isIntegral()) {
        throw InterviewProblem.invalid(key, key + " must be a list of whole numbers");
      }
      out.add(integer(n, key));
    }
    return out;
  }

  /** A whole number, or null when absent. */
  static Integer integer(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n && n.isIntegral()) {
      return integer(n, key);
    }
    throw InterviewProblem.invalid(key, key + " must be a whole number");
  }

  private static int integer(JsonNumber n, String key) {
    try {
      return n.intValueExact();
    } catch (ArithmeticException e) {
      throw InterviewProblem.invalid(key, key + " is out of range");
    }
  }

  /** A list of texts. */
  static List<String> texts(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v.getValueType() != JsonValue.ValueType.ARRAY) {
      throw InterviewProblem.invalid(key, key + " must be a list of texts");
    }
    List<String> out = new ArrayList<>();
    for (JsonValue item : v.asJsonArray()) {
      if (!(item instanceof JsonString s)) {
        throw InterviewProblem.invalid(key, key + " must be a list of texts");
      }
      out.add(s.getString());
    }
    return out;
  }

  static boolean flag(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return false;
    }
    if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
      return v == JsonValue.TRUE;
    }
    throw InterviewProblem.invalid(key, key + " must be true or false");
  }

  /** {@code {"code": number, ...}}. */
  static Map<String, BigDecimal> scores(JsonObject o) {
    JsonValue v = o.get("scores");
    if (v == null || v.getValueType() != JsonValue.ValueType.OBJECT) {
      throw InterviewProblem.invalid("scores", "scores must be an object of dimension code: score");
    }
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (String code : v.asJsonObject().keySet()) {
      BigDecimal score = decimal(v.asJsonObject(), code, "scores." + code);
      if (score == null) {
        throw InterviewProblem.invalid("scores." + code, "scores." + code + " must be a number");
      }
      out.put(code, score);
    }
    return out;
  }
}
