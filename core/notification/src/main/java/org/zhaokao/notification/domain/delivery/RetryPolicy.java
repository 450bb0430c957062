package org.zhaokao.notification.domain.delivery;

import java.time.Duration;

/**
 * When to try a failed delivery again: exponential back-off from {@code firstDelay}, doubling per
 * attempt up to {@code maxDelay}, and at most {@code maxAttempts} attempts before dead-lettering.
 *
 * @param firstDelay the wait after the first failed attempt
 * @param maxDelay the longest wait
 * @param maxAttempts attempts before the delivery is marked failed
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

  public RetryPolicy {
    if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("retry delays must be positive and first <= max");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt");
    }
  }

  /** Whether a delivery that failed its {@code attempts}-th attempt may be tried again. */
  public boolean mayRetry(int attempts) {
    return attempts < maxAttempts;
  }

  /** The wait after the {@code attempts}-th failed attempt (1 = first). */
  public Duration delayAfter(int attempts) {
    Duration delay = firstDelay;
    for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
