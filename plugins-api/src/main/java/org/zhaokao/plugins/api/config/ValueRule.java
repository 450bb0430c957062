package org.zhaokao.plugins.api.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The type and bounds of one property, applied to an entered value. */
record ValueRule(
    String name,
    ConfigPropertyType type,
    Optional<BigDecimal> min,
    Optional<BigDecimal> max,
    List<String> options) {

  static final int MAX_TEXT_LENGTH = 2000;

  Optional<ConfigViolation> check(String value) {
    return switch (type) {
      case STRING ->
          value.length() > MAX_TEXT_LENGTH
              ? violation(
                  ConfigViolation.Code.TOO_LONG, "longer than " + MAX_TEXT_LENGTH + " characters")
              : Optional.empty();
      case BOOLEAN ->
          value.equals("true") || value.equals("false")
              ? Optional.empty()
              : violation(
                  ConfigViolation.Code.NOT_A_BOOLEAN, "'" + value + "' is not true or false");
      case CHOICE ->
          options.contains(value)
              ? Optional.empty()
              : violation(
                  ConfigViolation.Code.NOT_AN_OPTION, "'" + value + "' is not one of " + options);
      case INTEGER -> checkNumber(value, true);
      case DECIMAL -> checkNumber(value, false);
    };
  }

  private Optional<ConfigViolation> checkNumber(String value, boolean whole) {
    BigDecimal number = parse(value);
    if (number == null || (whole && number.stripTrailingZeros().scale() > 0)) {
      return whole
          ? violation(ConfigViolation.Code.NOT_AN_INTEGER, "'" + value + "' is not a whole number")
          : violation(ConfigViolation.Code.NOT_A_DECIMAL, "'" + value + "' is not a number");
    }
    if (min.isPresent() && number.compareTo(min.get()) < 0) {
      return violation(
          ConfigViolation.Code.BELOW_MINIMUM,
          value + " is below the minimum " + min.get().toPlainString());
    }
    if (max.isPresent() && number.compareTo(max.get()) > 0) {
      return violation(
          ConfigViolation.Code.ABOVE_MAXIMUM,
          value + " is above the maximum " + max.get().toPlainString());
    }
    return Optional.empty();
  }

  private static BigDecimal parse(String value) {
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private Optional<ConfigViolation> violation(ConfigViolation.Code code, String detail) {
    return Optional.of(new ConfigViolation(name, code, detail));
  }
}
