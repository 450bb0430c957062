package org.zhaokao.bench.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Application submit. Each virtual user is one candidate (from {@code bench.applyFrom}), logs in
 * once, then loops: submit an application to a random position (the measured request) and withdraw
 * it, since a candidate holds one live application per recruitment.
 */
public class ApplySimulation extends Simulation {

  private final long measureStartsAt = Load.measureStartsAt();
  private final AtomicLong next = new AtomicLong(Long.getLong("bench.applyFrom", 0));
  private final long firstPosition = Long.getLong("bench.firstPosition");
  private final int positions = Integer.getInteger("bench.positions");

  private final ScenarioBuilder applicants =
      scenario("apply")
          .exec(s -> s.set("candidate", next.getAndIncrement()))
          .exec(Load.login("setup login"))
          .during(Load.total())
          .on(
              exec(Load.phase(measureStartsAt))
                  .exec(
                      s ->
                          s.set(
                                  "position",
                                  firstPosition + ThreadLocalRandom.current().nextInt(positions))
                              .set("key", UUID.randomUUID().toString()))
                  .exec(
                      http("#{phase} apply")
                          .post("/zhaokao/api/v1/me/applications")
                          .header("Content-Type", "application/json")
                          .header("X-CSRF-Token", "#{csrf}")
                          .header("Idempotency-Key", "#{key}")
                          .body(StringBody(Load::applicationForm))
                          .check(status().is(201), jsonPath("$.id").saveAs("application")))
                  .exec(
                      http("#{phase} withdraw")
                          .post("/zhaokao/api/v1/me/applications/#{application}/withdrawal")
                          .header("X-CSRF-Token", "#{csrf}")
                          .check(status().is(200))));

  {
    setUp(applicants.injectOpen(atOnceUsers(Load.users()))).protocols(Load.protocol());
  }
}
