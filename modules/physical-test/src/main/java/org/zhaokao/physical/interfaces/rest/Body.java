package org.zhaokao.physical.interfaces.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Optional;
import org.zhaokao.physical.application.StageProblem;

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

  JsonObject json() {
    return json;
  }

  String text(String name) {
    return optionalText(name).orElseThrow(() -> StageProblem.invalid(name + " is required"));
  }

  Optional<String> optionalText(String name) {
    JsonValue v = json.get(name);
    if (v == null || v == JsonValue.NULL) {
      return Optional.empty();
    }
    if (!(v instanceof JsonString s)) {
      throw StageProblem.invalid(name + " must be a string");
    }
    return Optional.of(s.getString());
  }

  int integer(String name) {
    return optionalInteger(name).orElseThrow(() -> StageProblem.invalid(name + " is required"));
  }

  Optional<Integer> optionalInteger(String name) {
    return optionalNumber(name)
        .map(
            n -> {
              try {
                return n.intValueExact();
              } catch (ArithmeticException e) {
                throw StageProblem.invalid(name + " must be a whole number");
              }
            });
  }

  long id(String name) {
    return optionalNumber(name)
        .map(
            n -> {
              try {
                return n.longValueExact();
              } catch (ArithmeticException e) {
                throw StageProblem.invalid(name + " must be an id");
              }
            })
        .orElseThrow(() -> StageProblem.invalid(name + " is required"));
  }

  BigDecimal decimal(String name) {
    return optionalNumber(name).orElseThrow(() -> StageProblem.invalid(name + " is required"));
  }

  boolean flag(String name) {
    JsonValue v = json.get(name);
    return v == JsonValue.TRUE;
  }

  private Optional<BigDecimal> optionalNumber(String name) {
    JsonValue v = json.get(name);
    if (v == null || v == JsonValue.NULL) {
      return Optional.empty();
    }
    if (!(v instanceof JsonNumber n)) {
      throw StageProblem.invalid(name + " must be a number");
    }
    return Optional.of(n.bigDecimalValue());
  }
}
