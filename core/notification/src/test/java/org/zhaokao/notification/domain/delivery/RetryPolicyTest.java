package org.zhaokao.notification.domain.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy =
      new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(5), 4);

  @Test
  void delaysDoubleUpToTheCap() {
    assertEquals(Duration.ofSeconds(30), policy.delayAfter(1));
    assertEquals(Duration.ofSeconds(60), policy.delayAfter(2));
    assertEquals(Duration.ofSeconds(240), policy.delayAfter(4));
    assertEquals(Duration.ofMinutes(5), policy.delayAfter(5));
    assertEquals(Duration.ofMinutes(5), policy.delayAfter(60));
  }

  @Test
  void retriesStopAtMaxAttempts() {
    assertTrue(policy.mayRetry(3));
    assertFalse(policy.mayRetry(4));
  }

  @Test
  void nonsenseIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), 3));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetryPolicy(Duration.ZERO, Duration.ofMinutes(1), 3));
  }
}
