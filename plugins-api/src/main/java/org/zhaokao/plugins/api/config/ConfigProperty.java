package org.zhaokao.plugins.api.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One setting of a stage plugin, declared in code with {@link ConfigMetadata#builder()}.
 *
 * @param name key of the setting, lower camel case ({@code examinersPerPanel})
 * @param type the kind of value
 * @param labelKey message key of the form label
 * @param helpKey message key of the help text under the field
 * @param defaultValue value used when none is given, or empty
 * @param required whether a value (given or default) must exist
 * @param min smallest allowed number for INTEGER and DECIMAL, or empty
 * @param max largest allowed number for INTEGER and DECIMAL, or empty
 * @param options allowed values for CHOICE; empty for the other types
 */
public record ConfigProperty(
    String name,
    ConfigPropertyType type,
    String labelKey,
    String helpKey,
    Optional<String> defaultValue,
    boolean required,
    Optional<BigDecimal> min,
    Optional<BigDecimal> max,
    List<String> options) {

  /** Longest text a STRING setting accepts. */
  public static final int MAX_TEXT_LENGTH = ValueRule.MAX_TEXT_LENGTH;

  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

  public ConfigProperty {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "config property name must be lower camel case, at most 64 characters, got '"
              + name
              + "'");
    }
    Objects.requireNonNull(type, "type of " + name);
    Objects.requireNonNull(labelKey, "labelKey of " + name);
    Objects.requireNonNull(helpKey, "helpKey of " + name);
    Objects.requireNonNull(defaultValue, "defaultValue of " + name);
    Objects.requireNonNull(min, "min of " + name);
    Objects.requireNonNull(max, "max of " + name);
    options = List.copyOf(options);
    if (type == ConfigPropertyType.CHOICE && options.isEmpty()) {
      throw new IllegalArgumentException("choice property " + name + " needs options");
    }
    if (type != ConfigPropertyType.CHOICE && !options.isEmpty()) {
      throw new IllegalArgumentException("only choice properties have options: " + name);
    }
    boolean numeric = type == ConfigPropertyType.INTEGER || type == ConfigPropertyType.DECIMAL;
    if (!numeric && (min.isPresent() || max.isPresent())) {
      throw new IllegalArgumentException("only numeric properties have bounds: " + name);
    }
    if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
      throw new IllegalArgumentException("min is above max for " + name);
    }
    String self = name;
    ValueRule rule = new ValueRule(name, type, min, max, options);
    defaultValue.ifPresent(
        d ->
            rule.check(d)
                .ifPresent(
                    v -> {
                      throw new IllegalArgumentException(
                          "default of " + self + " breaks its own rule: " + v.detail());
                    }));
  }

  /**
   * Checks one entered value (already trimmed, not blank) against this property's type and bounds.
   *
   * @return the violation, or empty when the value is acceptable
   */
  public Optional<ConfigViolation> check(String value) {
    return new ValueRule(name, type, min, max, options).check(value);
  }
}
