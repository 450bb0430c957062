package org.zhaokao.plugins.api.config;

import java.math.BigDecimal;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Checked configuration values, as produced by {@link ConfigMetadata#resolve}. The typed getters
 * never fail on a present value, because it was validated against its declared type.
 */
public final class StageConfig {

  private final Map<String, String> values;

  StageConfig(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** Every value by name, as text. */
  public Map<String, String> asMap() {
    return values;
  }

  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  public String getString(String name) {
    return require(name);
  }

  public int getInt(String name) {
    return Integer.parseInt(require(name));
  }

  public BigDecimal getDecimal(String name) {
    return new BigDecimal(require(name));
  }

  public boolean getBoolean(String name) {
    return Boolean.parseBoolean(require(name));
  }

  private String require(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new NoSuchElementException("no value for config property " + name);
    }
    return value;
  }

  @Override
  public String toString() {
    return "StageConfig" + values;
  }
}
