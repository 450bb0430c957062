package org.zhaokao.bench.load.data;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Distinct GB 11643 ID numbers derived from a candidate's index: region, birth date (1992 to 2002,
 * so every candidate is 23 to 34 years old) and sequence, then the check character. Index i and j
 * give different numbers for every i, j below {@link #CAPACITY}.
 */
final class IdNumbers {

  private static final String[] REGIONS = {
    "110101", "110105", "120101", "310101", "310104", "320102", "330106", "340102", "350102",
        "360102",
    "370102", "410102", "420102", "430102", "440106", "440305", "500103", "510104", "610102",
        "620102"
  };
  private static final int DAYS = 4000;
  private static final LocalDate FIRST_BIRTH = LocalDate.of(1992, 1, 1);
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  /** Numbers available before they repeat. */
  static final long CAPACITY = (long) REGIONS.length * DAYS * 1000;

  private IdNumbers() {}

  static String of(long index) {
    if (index < 0 || index >= CAPACITY) {
      throw new IllegalArgumentException("index out of range: " + index);
    }
    String region = REGIONS[(int) (index % REGIONS.length)];
    long rest = index / REGIONS.length;
    LocalDate birth = FIRST_BIRTH.plusDays(rest % DAYS);
    long seq = rest / DAYS;
    String body =
        region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq);
    return body + check(body);
  }

  static char check(String body) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }
}
