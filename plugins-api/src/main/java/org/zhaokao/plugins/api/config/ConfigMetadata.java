package org.zhaokao.plugins.api.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings a plugin declares, in the order a form shows them. Built with {@link #builder()},
 * which rejects a name declared twice.
 *
 * <pre>{@code
 * ConfigMetadata.builder()
 *     .integer("examinersPerPanel").label("config.examinersPerPanel").range(3, 9).defaultValue("5").add()
 *     .choice("rounding", "HALF_UP", "DOWN").label("config.rounding").defaultValue("HALF_UP").add()
 *     .build();
 * }</pre>
 */
public final class ConfigMetadata {

  private static final ConfigMetadata EMPTY = new ConfigMetadata(List.of());

  private final List<ConfigProperty> properties;

  private ConfigMetadata(List<ConfigProperty> properties) {
    this.properties = List.copyOf(properties);
  }

  /** No settings. */
  public static ConfigMetadata empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<ConfigProperty> properties() {
    return properties;
  }

  public Optional<ConfigProperty> property(String name) {
    return properties.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * Checks entered values against the declared properties, fills in defaults, and returns the
   * result.
   *
   * <p>Blank values count as absent. Every problem is collected, not only the first.
   *
   * @param entered values by property name
   * @throws ConfigValidationException naming every unknown, missing, or malformed value
   */
  public StageConfig resolve(Map<String, String> entered) {
    List<ConfigViolation> violations = new ArrayList<>();
    for (String name : entered.keySet()) {
      if (property(name).isEmpty()) {
        violations.add(
            new ConfigViolation(name, ConfigViolation.Code.UNKNOWN_PROPERTY, "no such setting"));
      }
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (ConfigProperty p : properties) {
      String raw = entered.get(p.name());
      Optional<String> value =
          raw == null || raw.isBlank() ? p.defaultValue() : Optional.of(raw.trim());
      if (value.isEmpty()) {
        if (p.required()) {
          violations.add(
              new ConfigViolation(p.name(), ConfigViolation.Code.REQUIRED, "a value is required"));
        }
        continue;
      }
      p.check(value.get())
          .ifPresentOrElse(violations::add, () -> values.put(p.name(), value.get()));
    }
    if (!violations.isEmpty()) {
      throw new ConfigValidationException(violations);
    }
    return new StageConfig(values);
  }

  /** Collects property declarations; {@link #build()} refuses duplicate names. */
  public static final class Builder {
    private final List<ConfigProperty> properties = new ArrayList<>();

    private Builder() {}

    public PropertyBuilder string(String name) {
      return new PropertyBuilder(this, name, ConfigPropertyType.STRING, List.of());
    }

    public PropertyBuilder integer(String name) {
      return new PropertyBuilder(this, name, ConfigPropertyType.INTEGER, List.of());
    }

    public PropertyBuilder decimal(String name) {
      return new PropertyBuilder(this, name, ConfigPropertyType.DECIMAL, List.of());
    }

    public PropertyBuilder bool(String name) {
      return new PropertyBuilder(this, name, ConfigPropertyType.BOOLEAN, List.of());
    }

    public PropertyBuilder choice(String name, String... options) {
      return new PropertyBuilder(this, name, ConfigPropertyType.CHOICE, List.of(options));
    }

    private Builder add(ConfigProperty property) {
      if (properties.stream().anyMatch(p -> p.name().equals(property.name()))) {
        throw new IllegalArgumentException("config property declared twice: " + property.name());
      }
      properties.add(property);
      return this;
    }

    public ConfigMetadata build() {
      return new ConfigMetadata(properties);
    }
  }

  /** One property being declared; {@link #add()} returns to the metadata builder. */
  public static final class PropertyBuilder {
    private final Builder parent;
    private final String name;
    private final ConfigPropertyType type;
    private final List<String> options;
    private String labelKey;
    private String helpKey;
    private String defaultValue;
    private boolean required;
    private BigDecimal min;
    private BigDecimal max;

    private PropertyBuilder(
        Builder parent, String name, ConfigPropertyType type, List<String> options) {
      this.parent = parent;
      this.name = name;
      this.type = type;
      this.options = options;
      this.labelKey = "config." + name;
      this.helpKey = "config." + name + ".help";
    }

    /** Message key of the label; default {@code config.<name>}. */
    public PropertyBuilder label(String key) {
      this.labelKey = key;
      return this;
    }

    /** Message key of the help text; default {@code config.<name>.help}. */
    public PropertyBuilder help(String key) {
      this.helpKey = key;
      return this;
    }

    public PropertyBuilder defaultValue(String value) {
      this.defaultValue = value;
      return this;
    }

    public PropertyBuilder required() {
      this.required = true;
      return this;
    }

    public PropertyBuilder range(long minimum, long maximum) {
      return range(BigDecimal.valueOf(minimum), BigDecimal.valueOf(maximum));
    }

    public PropertyBuilder range(BigDecimal minimum, BigDecimal maximum) {
      this.min = minimum;
      this.max = maximum;
      return this;
    }

    public Builder add() {
      return parent.add(
          new ConfigProperty(
              name,
              type,
              labelKey,
              helpKey,
              Optional.ofNullable(defaultValue),
              required,
              Optional.ofNullable(min),
              Optional.ofNullable(max),
              options));
    }
  }
}
