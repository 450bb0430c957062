package org.zhaokao.identity.domain.account;

import java.time.Duration;

/**
 * How long an account stays locked after consecutive wrong passwords: free tries first, then a lock
 * that doubles with every further failure, up to a ceiling. Slows guessing without letting anyone
 * lock a candidate out for a whole registration day.
 */
public final class LoginThrottle {

  /** Wrong passwords allowed before the first lock. */
  public static final int FREE_ATTEMPTS = 5;

  static final Duration FIRST_LOCK = Duration.ofMinutes(1);
  static final Duration LONGEST_LOCK = Duration.ofMinutes(60);

  private LoginThrottle() {}

  /**
   * The lock after the {@code failures}-th consecutive failure, or zero while attempts are free.
   */
  public static Duration lockAfter(int failures) {
    if (failures < FREE_ATTEMPTS) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - FREE_ATTEMPTS, 10);
    Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
    return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
  }
}
