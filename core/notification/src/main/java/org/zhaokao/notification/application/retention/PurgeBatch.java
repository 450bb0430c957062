package org.zhaokao.notification.application.retention;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.zhaokao.notification.domain.delivery.Deliveries;
import org.zhaokao.notification.domain.retention.PurgedRows;

/**
 * One batch of the retention purge in a transaction of its own, so that purging a large log never
 * holds one long transaction or many locks: workers and staff keep writing in between.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PurgeBatch {

  /**
   * What one batch did.
   *
   * @param rows rows deleted
   * @param full whether the batch found as many candidates as it may take, so more may remain
   */
  public record Result(PurgedRows rows, boolean full) {}

  @Inject private Deliveries deliveries;

  /** Deletes up to {@code size} finished deliveries created before {@code cutoff}. */
  public Result next(OffsetDateTime cutoff, int size) {
    List<String> ids = deliveries.purgeable(cutoff, size);
    return new Result(deliveries.purge(ids), ids.size() == size);
  }
}
