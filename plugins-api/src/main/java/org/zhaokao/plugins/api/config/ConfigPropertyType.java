package org.zhaokao.plugins.api.config;

/** The kinds of value a configuration property holds; each is entered and stored as text. */
public enum ConfigPropertyType {
  /** Free text. */
  STRING,
  /** A whole number, optionally bounded by min and max. */
  INTEGER,
  /** A decimal number such as a weight or a score, optionally bounded. */
  DECIMAL,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** One of a fixed list of options. */
  CHOICE
}
