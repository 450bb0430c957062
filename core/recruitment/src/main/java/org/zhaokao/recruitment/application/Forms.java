package org.zhaokao.recruitment.application;

import java.util.Collection;
import org.zhaokao.platform.validation.Checks;

/** Small input checks shared by the module's use cases. */
final class Forms {

  private Forms() {}

  /** Trims; null stays null. */
  static String trim(String s) {
    return s == null ? null : s.trim();
  }

  /** Requires 1 to {@code max} characters after trimming. */
  static void text(Checks checks, String field, String value, int max) {
    String t = trim(value);
    checks.require(
        t != null && !t.isEmpty() && t.length() <= max,
        field,
        "text",
        "Required, at most " + max + " characters",
        max);
  }

  /** Allows empty; at most {@code max} characters. */
  static void optionalText(Checks checks, String field, String value, int max) {
    checks.require(
        value == null || value.length() <= max,
        field,
        "text.long",
        "At most " + max + " characters",
        max);
  }

  /** A code: letters, digits and '-', 1 to 40. */
  static void code(Checks checks, String field, String value) {
    checks.require(
        value != null && value.matches("[A-Za-z0-9-]{1,40}"),
        field,
        "code.format",
        "1 to 40 letters, digits or '-'");
  }

  static void present(Checks checks, String field, Object value) {
    checks.require(value != null, field, "required", "Required");
  }

  /** Every item 1 to {@code max} characters, no line breaks, at most {@code count} items. */
  static void lines(Checks checks, String field, Collection<String> values, int max, int count) {
    checks.require(
        values == null
            || values.size() <= count
                && values.stream()
                    .allMatch(
                        v ->
                            v != null
                                && !v.isBlank()
                                && v.length() <= max
                                && !v.contains("\n")
                                && !v.contains("\r")),
        field,
        "lines",
        "At most " + count + " entries of 1 to " + max + " characters, one line each",
        count,
        max);
  }
}
