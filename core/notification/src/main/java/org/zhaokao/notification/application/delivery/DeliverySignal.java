package org.zhaokao.notification.application.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tells the {@link DeliveryWorker} there is work: raised after a transaction that queued deliveries
 * commits, or armed for the time the next retry falls due. Only flags: whoever raises it (a
 * plugin's thread, a transaction's completion) never runs delivery code itself.
 */
@ApplicationScoped
public class DeliverySignal {

  private final AtomicBoolean raised = new AtomicBoolean(true);
  private final AtomicReference<Instant> wake = new AtomicReference<>(Instant.MAX);

  /** There is work now. */
  public void raise() {
    raised.set(true);
  }

  /** There will be work at {@code at}. */
  public void wakeAt(Instant at) {
    wake.accumulateAndGet(at, (a, b) -> a.isBefore(b) ? a : b);
  }

  /** Raises the signal once the current transaction has committed; a rollback leaves it down. */
  public Synchronization afterCommit() {
    return new Synchronization() {
      @Override
      public void beforeCompletion() {
        // nothing to do before the outcome is known
      }

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          raise();
        }
      }
    };
  }

  /** Whether there is work by {@code now}; lowers the signal. */
  boolean take(Instant now) {
    if (raised.getAndSet(false)) {
      return true;
    }
    Instant at = wake.get();
    return !now.isBefore(at) && wake.compareAndSet(at, Instant.MAX);
  }
}
