package org.zhaokao.it.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Calendar days for test data, counted from today in China, so that no test carries a fixed date
 * that some day turns from the future into the past (a session, a check, a service plan).
 */
public final class Dates {

  /** The agencies' time zone: dates on notices and screens are days in China. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** China Standard Time, the offset of the times tests send. */
  public static final ZoneOffset CST = ZoneOffset.ofHours(8);

  private Dates() {}

  public static LocalDate today() {
    return LocalDate.now(CHINA);
  }

  /** The day {@code days} after today in China. */
  public static LocalDate inDays(int days) {
    return today().plusDays(days);
  }

  /** {@code time} on the day {@code days} after today, at +08:00. */
  public static OffsetDateTime inDays(int days, LocalTime time) {
    return OffsetDateTime.of(inDays(days), time, CST);
  }
}
