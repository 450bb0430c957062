package org.zhaokao.notification.domain.retention;

import java.time.Duration;
import java.time.Instant;

/**
 * How long the delivery log keeps finished deliveries (投递记录保存期限), in whole days. Delivered and
 * failed deliveries are personal data (who was told what, at which address), so they are not kept
 * forever; what is older than the period is purged. Zero means "everything finished up to now".
 *
 * @param days days to keep, zero or more
 */
public record RetentionPeriod(int days) {

  /** Kept when nobody configured otherwise: half a year, enough for complaints about a phase. */
  public static final int DEFAULT_DAYS = 180;

  public RetentionPeriod {
    if (days < 0) {
      throw new IllegalArgumentException("retention days must be zero or more, got " + days);
    }
  }

  /** Deliveries created before this instant are past the period at {@code now}. */
  public Instant cutoff(Instant now) {
    return now.minus(Duration.ofDays(days));
  }
}
