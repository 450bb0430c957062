package org.zhaokao.physical.domain.imports;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recorded figure as people and devices write it: {@code 12.9}, or a time in minutes and seconds
 * ({@code 4:25}, {@code 4:25.3}, {@code 4'25"}), which counts in seconds.
 */
public final class Measure {

  private static final Pattern DECIMAL = Pattern.compile("\\d{1,6}(\\.\\d{1,2})?");
  private static final Pattern MIN_SEC =
      Pattern.compile("(\\d{1,3})\\s*[:'′]\\s*([0-5]?\\d(\\.\\d{1,2})?)\\s*(\"|″)?");

  private Measure() {}

  /**
   * @throws IllegalArgumentException naming the accepted forms
   */
  public static BigDecimal parse(String text) {
    String t = text == null ? "" : text.trim();
    if (DECIMAL.matcher(t).matches()) {
      return new BigDecimal(t);
    }
    Matcher m = MIN_SEC.matcher(t);
    if (m.matches()) {
      return new BigDecimal(m.group(1))
          .multiply(BigDecimal.valueOf(60))
          .add(new BigDecimal(m.group(2)));
    }
    throw new IllegalArgumentException(
        "'" + t + "' is not a figure: write 12.9, or a time as 4:25 or 4:25.3");
  }
}
