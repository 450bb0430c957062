package org.zhaokao.web.rest.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.zhaokao.audit.application.AuditRetention;
import org.zhaokao.audit.domain.RetentionPolicy;
import org.zhaokao.audit.domain.RetentionRefusedException;

/**
 * The retention of the audit trail.
 *
 * @param property the system property that sets it
 * @param minimumDays the shortest retention accepted
 * @param days the retention in force, or null when the configured value is refused
 * @param refused why the configured value is refused, or null
 */
public record RetentionDto(String property, int minimumDays, Integer days, String refused) {

  static RetentionDto current() {
    try {
      return new RetentionDto(
          RetentionPolicy.PROPERTY,
          RetentionPolicy.MINIMUM_DAYS,
          RetentionPolicy.configured().days(),
          null);
    } catch (RetentionRefusedException e) {
      return new RetentionDto(
          RetentionPolicy.PROPERTY, RetentionPolicy.MINIMUM_DAYS, null, e.getMessage());
    }
  }

  /**
   * One run of the retention job.
   *
   * @param days the retention applied
   * @param cutoff rows recorded before this could be purged
   * @param purgedRows rows deleted
   * @param anchorPosition the new anchor's position, or null when nothing was purged
   * @param anchorHash the new anchor's hash, or null
   */
  public record Run(
      int days, OffsetDateTime cutoff, int purgedRows, Long anchorPosition, String anchorHash) {

    static Run of(AuditRetention.Run run) {
      return new Run(
          run.policy().days(),
          OffsetDateTime.ofInstant(run.cutoff(), ZoneOffset.UTC),
          run.purge().map(p -> p.rows()).orElse(0),
          run.purge().map(p -> p.throughPosition()).orElse(null),
          run.purge().map(p -> p.anchorHash()).orElse(null));
    }
  }
}
