package org.zhaokao.plugins.api.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when configuration values break the rules their metadata declares; carries every violation
 * found.
 */
public class ConfigValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<ConfigViolation> violations;

  public ConfigValidationException(List<ConfigViolation> violations) {
    super(
        violations.stream()
            .map(v -> v.property() + ": " + v.detail())
            .collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<ConfigViolation> violations() {
    return violations;
  }
}
