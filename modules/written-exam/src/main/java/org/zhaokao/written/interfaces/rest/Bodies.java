package org.zhaokao.written.interfaces.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.zhaokao.written.application.ExamPlan;
import org.zhaokao.written.domain.bank.Difficulty;
import org.zhaokao.written.domain.bank.ItemContent;
import org.zhaokao.written.domain.bank.ItemType;
import org.zhaokao.written.domain.paper.PaperCodec;
import org.zhaokao.written.domain.paper.PaperMode;

/** Reads request bodies; anything malformed is a {@link BadRequest} naming the field. */
final class Bodies {

  private Bodies() {}

  static ItemContent item(JsonObject o) {
    if (o == null) {
      throw new BadRequest("a JSON object is required");
    }
    List<String> options = new ArrayList<>();
    JsonValue opts = o.get("options");
    if (opts instanceof JsonArray a) {
      for (JsonValue v : a) {
        if (!(v instanceof JsonString s)) {
          throw new BadRequest("options must be strings");
        }
        options.add(s.getString());
      }
    }
    return new ItemContent(
        enumOf(ItemType.class, text(o, "type"), "type"),
        text(o, "stem"),
        options,
        text(o, "key"),
        decimal(o, "points"),
        text(o, "subject"),
        text(o, "knowledgePoint"),
        enumOf(Difficulty.class, text(o, "difficulty"), "difficulty"));
  }

  static ExamPlan plan(JsonObject o) {
    if (o == null) {
      throw new BadRequest("a JSON object is required");
    }
    JsonValue sections = o.get("sections");
    if (!(sections instanceof JsonArray a)) {
      throw new BadRequest("sections must be an array");
    }
    try {
      return new ExamPlan(
          instant(o, "startsAt"),
          instant(o, "endsAt"),
          o.containsKey("durationMinutes") ? o.getInt("durationMinutes") : 0,
          enumOf(PaperMode.class, text(o, "mode"), "mode"),
          PaperCodec.readBlueprint(a),
          o.getBoolean("identityCheck", false),
          text(o, "rules"));
    } catch (IllegalArgumentException | ClassCastException e) {
      throw new BadRequest(e.getMessage());
    }
  }

  static String text(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v == null || v == JsonValue.NULL) {
      return "";
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    throw new BadRequest(name + " must be a string");
  }

  static BigDecimal decimal(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n) {
      return n.bigDecimalValue();
    }
    throw new BadRequest(name + " must be a number");
  }

  static Instant instant(JsonObject o, String name) {
    String t = text(o, name);
    if (t.isEmpty()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadRequest(name + " must be an ISO-8601 time with offset, got '" + t + "'");
    }
  }

  static <E extends Enum<E>> E enumOf(Class<E> type, String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequest(
          name + " must be one of " + List.of(type.getEnumConstants()) + ", got '" + value + "'");
    }
  }

  static <E extends Enum<E>> Optional<E> optionalEnum(Class<E> type, String value, String name) {
    return Optional.ofNullable(enumOf(type, value, name));
  }
}
