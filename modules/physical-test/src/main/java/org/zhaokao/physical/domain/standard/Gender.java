package org.zhaokao.physical.domain.standard;

import java.util.Locale;

/** Gender as the roster derives it from the ID number; standards differ by it. */
public enum Gender {
  MALE,
  FEMALE;

  /**
   * @throws IllegalArgumentException for anything but {@code MALE} or {@code FEMALE}
   */
  public static Gender of(String value) {
    if (value == null) {
      throw new IllegalArgumentException("gender is required: MALE or FEMALE");
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("gender must be MALE or FEMALE, got '" + value + "'");
    }
  }
}
