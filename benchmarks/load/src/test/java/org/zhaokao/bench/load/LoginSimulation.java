package org.zhaokao.bench.load;

import static io.gatling.javaapi.core.CoreDsl.*;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Candidate logins (mobile + password, Argon2id verification) of random generated candidates from
 * {@code bench.loginFrom} (inclusive) to {@code bench.loginTo} (exclusive).
 */
public class LoginSimulation extends Simulation {

  private final long measureStartsAt = Load.measureStartsAt();
  private final long from = Long.getLong("bench.loginFrom", 0);
  private final long to = Long.getLong("bench.loginTo", 1000);

  private final ScenarioBuilder candidates =
      scenario("login")
          .during(Load.total())
          .on(
              exec(Load.phase(measureStartsAt))
                  .exec(s -> s.set("candidate", ThreadLocalRandom.current().nextLong(from, to)))
                  .exec(Load.login("#{phase} login")));

  {
    setUp(candidates.injectOpen(atOnceUsers(Load.users()))).protocols(Load.protocol());
  }
}
