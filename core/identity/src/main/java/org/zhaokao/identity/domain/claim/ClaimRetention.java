package org.zhaokao.identity.domain.claim;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * How long a decided claim keeps its evidence (认领材料保存期限), in whole days after the decision. The
 * ID-card photo is sensitive personal data (GB/T 45574) and the statement may name people, so they
 * go once the period is over (GB/T 35273: kept no longer than needed); the decision itself stays.
 * Three years by default: the records of the service are kept at least that long (SPEC S6), and a
 * decision may be questioned until then. Zero means "every decided claim, now".
 *
 * @param days days to keep after the decision, zero or more
 */
public record ClaimRetention(int days) {

  /** Three years, as the audit trail keeps its records. */
  public static final int DEFAULT_DAYS = 1096;

  public ClaimRetention {
    if (days < 0) {
      throw new IllegalArgumentException("retention days must be zero or more, got " + days);
    }
  }

  /** Claims decided before this have outlived the period at {@code now}. */
  public OffsetDateTime cutoff(OffsetDateTime now) {
    return now.minus(Duration.ofDays(days));
  }
}
