package org.zhaokao.audit.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Links committed audit rows into the hash chain (审计链维护), every second and on demand.
 *
 * <p>Why a keeper: if every writer linked its own row it would have to read and update the chain's
 * head inside its own transaction, and every audited action on the platform would queue on that one
 * row. Writers only insert; this keeper alone extends the chain.
 *
 * <p>Ordering: row ids come from an identity column at insert time, but transactions commit in
 * another order (id 10 may commit after id 11). The keeper therefore does not keep a "last id
 * linked" frontier, which would skip id 10 for ever; it links every row that is still unlinked,
 * lowest id first among those committed when it looks. Positions in the chain are dense and follow
 * the order rows became visible; a late commit is linked in the next batch. Recorded times along
 * the chain may therefore step back by the length of a transaction, which retention allows for.
 *
 * <p>Several servers: each batch locks the chain's row ({@code SELECT ... FOR UPDATE}), so keepers
 * on a cluster's nodes take turns; within this server a lock keeps the timer and on-demand calls
 * from queueing on the database.
 */
@Singleton
@Startup
@DependsOn("AuditSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChainKeeper {

  private static final Logger LOG = Logger.getLogger(ChainKeeper.class.getName());

  /**
   * Rows linked per transaction: large enough to keep up, small enough to hold the lock briefly.
   */
  static final int BATCH = 500;

  /** Batches per call, so one call ends even while writers keep writing. */
  private static final int MAX_BATCHES = 200;

  private static final long INTERVAL_MILLIS = 1000;

  @Resource private TimerService timers;
  @EJB private ChainTransactions chain;

  private final ReentrantLock keeping = new ReentrantLock();

  @PostConstruct
  void start() {
    timers.createIntervalTimer(
        INTERVAL_MILLIS, INTERVAL_MILLIS, new TimerConfig("audit-chain-keeper", false));
  }

  @Timeout
  void tick() {
    if (keeping.tryLock()) {
      try {
        linkAll();
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Audit rows could not be linked; retrying in a second", e);
      } finally {
        keeping.unlock();
      }
    }
  }

  /**
   * Links every row committed so far (up to {@value #MAX_BATCHES} batches).
   *
   * @return how many rows were linked
   */
  public int linkPending() {
    return whileKeeping(this::linkAll);
  }

  /**
   * Purges the chain's prefix recorded before {@code cutoff}; see {@link ChainOperations#purge}.
   */
  public Optional<ChainOperations.Purge> purge(Instant cutoff) {
    return whileKeeping(
        () -> {
          linkAll();
          return chain.purge(cutoff);
        });
  }

  private int linkAll() {
    int total = 0;
    for (int i = 0; i < MAX_BATCHES; i++) {
      int linked = chain.linkPending(BATCH);
      total += linked;
      if (linked < BATCH) {
        break;
      }
    }
    return total;
  }

  private <T> T whileKeeping(java.util.function.Supplier<T> work) {
    try {
      if (!keeping.tryLock(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the audit chain keeper is busy; try again");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the audit chain keeper", e);
    }
    try {
      return work.get();
    } finally {
      keeping.unlock();
    }
  }
}
