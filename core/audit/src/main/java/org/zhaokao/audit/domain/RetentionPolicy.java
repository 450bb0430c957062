package org.zhaokao.audit.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How long the trail is kept (保存期限): at least three years (the service standard keeps management
 * logs and service records for three years at least), more if the agency sets system property
 * {@value #PROPERTY}. Rows are purged only once they are older than this.
 *
 * @param days days a row is kept at least
 */
public record RetentionPolicy(int days) {

  /** The system property that sets the retention in days. */
  public static final String PROPERTY = "zhaokao.audit.retentionDays";

  /** Three years of 365 days and one leap day: the shortest retention accepted. */
  public static final int MINIMUM_DAYS = 1096;

  public RetentionPolicy {
    if (days < MINIMUM_DAYS) {
      throw new RetentionRefusedException(
          PROPERTY
              + "="
              + days
              + " is refused: audit records are kept at least "
              + MINIMUM_DAYS
              + " days (three years); nothing is purged until it is "
              + MINIMUM_DAYS
              + " or more");
    }
  }

  /** The configured policy; the minimum when the property is not set. */
  public static RetentionPolicy configured() {
    return parse(System.getProperty(PROPERTY));
  }

  /** The policy for a property value; null means unset. */
  public static RetentionPolicy parse(String value) {
    if (value == null || value.isBlank()) {
      return new RetentionPolicy(MINIMUM_DAYS);
    }
    try {
      return new RetentionPolicy(Integer.parseInt(value.trim()));
    } catch (NumberFormatException e) {
      throw new RetentionRefusedException(
          PROPERTY + "='" + value + "' is refused: it must be a whole number of days");
    }
  }

  /** Rows recorded before this instant may be purged at {@code now}. */
  public Instant cutoff(Instant now) {
    return now.minus(Duration.ofDays(days));
  }
}
