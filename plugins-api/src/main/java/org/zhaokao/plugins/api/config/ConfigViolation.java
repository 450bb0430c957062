package org.zhaokao.plugins.api.config;

/**
 * One reason a configuration value was refused.
 *
 * @param property the property's name
 * @param code what is wrong; screens translate it with the message key {@code
 *     config.violation.<CODE>}
 * @param detail an English sentence for logs and API clients, naming the value and the rule
 */
public record ConfigViolation(String property, Code code, String detail) {

  /** What can be wrong with a value. */
  public enum Code {
    REQUIRED,
    UNKNOWN_PROPERTY,
    NOT_AN_INTEGER,
    NOT_A_DECIMAL,
    NOT_A_BOOLEAN,
    NOT_AN_OPTION,
    BELOW_MINIMUM,
    ABOVE_MAXIMUM,
    TOO_LONG
  }
}
