package org.zhaokao.bench.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bench.rush} candidates (from {@code bench.rushFrom}) apply to one position at the same
 * moment: users arrive over {@code bench.rushRamp} seconds and log in, wait at a barrier until all
 * have tried (or {@code bench.rushLoginTimeout} seconds pass), then submits once. The window from
 * the first submit to the last answer goes to {@code target/rush-window.properties}; run.sh checks
 * in SQL that none was lost or doubled.
 */
public class RushSimulation extends Simulation {

  private final int rush = Integer.getInteger("bench.rush", 5000);
  private final long from = Long.getLong("bench.rushFrom", 0);
  private final AtomicLong next = new AtomicLong(from);
  private final AtomicInteger ready = new AtomicInteger();
  private final AtomicLong firstSent = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong lastAnswered = new AtomicLong();
  private final long loginDeadline =
      System.currentTimeMillis() + Load.seconds("rushLoginTimeout", 900) * 1000L;

  private final ScenarioBuilder rushers =
      scenario("rush")
          .exec(
              s ->
                  s.set("candidate", next.getAndIncrement())
                      .set("position", Long.getLong("bench.rushPosition")))
          .exec(Load.login("setup login"))
          .exec(
              s -> {
                ready.incrementAndGet();
                return s;
              })
          .exitHereIfFailed()
          .asLongAs(s -> ready.get() < rush && System.currentTimeMillis() < loginDeadline)
          .on(pause(Duration.ofMillis(50)))
          .exec(
              s -> {
                firstSent.accumulateAndGet(System.currentTimeMillis(), Math::min);
                return s.set("key", "rush-" + s.getLong("candidate"));
              })
          .exec(
              http("measure rush apply")
                  .post("/zhaokao/api/v1/me/applications")
                  .header("Content-Type", "application/json")
                  .header("X-CSRF-Token", "#{csrf}")
                  .header("Idempotency-Key", "#{key}")
                  .body(StringBody(Load::applicationForm))
                  .check(status().is(201)))
          .exec(
              s -> {
                lastAnswered.accumulateAndGet(System.currentTimeMillis(), Math::max);
                return s;
              });

  {
    setUp(
            rushers.injectOpen(
                rampUsers(rush).during(Duration.ofSeconds(Load.seconds("rushRamp", 60)))))
        .protocols(Load.protocol());
  }

  @Override
  public void after() {
    try {
      Files.writeString(
          Path.of(System.getProperty("bench.rushWindowFile", "target/rush-window.properties")),
          "ready="
              + ready.get()
              + "\nfirstSent="
              + firstSent.get()
              + "\nlastAnswered="
              + lastAnswered.get()
              + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
