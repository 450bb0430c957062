package org.zhaokao.it.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Waits for something the server does asynchronously (a delivery after commit, a retry). */
public final class Eventually {

  private Eventually() {}

  /**
   * Polls {@code probe} until it has a value.
   *
   * @throws AssertionError saying {@code what} did not happen within {@code timeout}
   */
  public static <T> T await(String what, Duration timeout, Supplier<Optional<T>> probe) {
    Instant end = Instant.now().plus(timeout);
    while (true) {
      Optional<T> value = probe.get();
      if (value.isPresent()) {
        return value.get();
      }
      if (Instant.now().isAfter(end)) {
        throw new AssertionError(what + " did not happen within " + timeout);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what, e);
      }
    }
  }
}
