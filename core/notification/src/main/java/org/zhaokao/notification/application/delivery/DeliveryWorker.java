package org.zhaokao.notification.application.delivery;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhaokao.notification.application.NotificationSettings;
import org.zhaokao.platform.lease.JobLeases;

/**
 * Drains the outbox after commit (投递工作者). A light tick every 200 ms checks the {@link
 * DeliverySignal}; when it is up (a transaction queued deliveries, a retry fell due) the worker
 * sends every due delivery, several at a time. Every ten seconds it also sweeps: deliveries a dead
 * worker had claimed go back to pending, and anything due is sent, so what was committed before a
 * crash or restart is delivered after it. In a cluster one node sweeps: the one holding the {@value
 * #SWEEP_JOB} lease (renewed at every sweep, taken over by another node {@link #SWEEP_LEASE} after
 * the holder died); every node still sends at once what its own transactions queued, and claims
 * keep two nodes from sending one delivery.
 *
 * <p>An operator may pause sending ({@code zhaokao.notification.worker.paused=true}) while the mail
 * server or the SMS provider is under maintenance: deliveries keep queueing and go out once the
 * pause is lifted.
 *
 * <p>The ticks run on the managed scheduler in this module's context, so the mail session and the
 * gateways are always used from here, never from the thread of whoever asked for a notification.
 */
@Singleton
@Startup
@DependsOn("NotificationSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliveryWorker {

  private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());
  private static final long TICK_MILLIS = 200;
  private static final Duration SWEEP = Duration.ofSeconds(10);

  /** The lease of the sweep among a cluster's nodes. */
  public static final String SWEEP_JOB = "notification.sweep";

  private static final Duration SWEEP_LEASE = Duration.ofSeconds(30);
  private static final int BATCH = 32;
  private static final int ROUNDS_PER_TICK = 20;

  @Resource private ManagedScheduledExecutorService scheduler;
  @Resource private ManagedExecutorService senders;
  @EJB private DeliveryStore store;
  @EJB private JobLeases leases;
  @Inject private DeliverySignal signal;
  @Inject private Channels channels;

  private ScheduledFuture<?> ticking;
  private volatile Instant lastSweep = Instant.EPOCH;

  @PostConstruct
  void start() {
    ticking =
        scheduler.scheduleWithFixedDelay(
            this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (ticking != null) {
      ticking.cancel(false);
    }
  }

  private void tick() {
    Instant now = Instant.now();
    if (NotificationSettings.paused()) {
      return;
    }
    try {
      boolean sweep = !now.isBefore(lastSweep.plus(SWEEP));
      if (sweep) {
        lastSweep = now;
        sweep = leases.hold(SWEEP_JOB, SWEEP_LEASE);
      }
      if (sweep) {
        int released = store.releaseExpiredLeases();
        if (released > 0) {
          LOG.warning(() -> released + " notification deliveries were released from a dead worker");
        }
      }
      if (sweep || signal.take(now)) {
        drain();
      }
    } catch (RuntimeException e) {
      // A database hiccup must not end the schedule: the next sweep tries again.
      LOG.log(Level.WARNING, "Notification delivery round failed; the next sweep retries", e);
    }
  }

  private void drain() {
    for (int round = 0; round < ROUNDS_PER_TICK; round++) {
      List<String> due = store.due(BATCH);
      if (due.isEmpty()) {
        break;
      }
      sendAll(due);
      if (due.size() < BATCH) {
        break;
      }
      if (round == ROUNDS_PER_TICK - 1) {
        signal.raise(); // more is due: carry on at the next tick rather than hold this thread
      }
    }
    store.nextDue().ifPresent(at -> signal.wakeAt(at.toInstant()));
  }

  private void sendAll(List<String> ids) {
    List<Callable<Void>> attempts =
        ids.stream()
            .map(
                id ->
                    (Callable<Void>)
                        () -> {
                          attempt(id);
                          return null;
                        })
            .toList();
    try {
      senders.invokeAll(attempts);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void attempt(String id) {
    store
        .claim(id)
        .ifPresent(
            message ->
                store
                    .record(id, channels.send(message))
                    .ifPresent(at -> signal.wakeAt(at.toInstant())));
  }
}
