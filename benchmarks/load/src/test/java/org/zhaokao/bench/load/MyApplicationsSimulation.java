package org.zhaokao.bench.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A candidate's own applications ({@code GET /api/v1/me/applications}): each virtual user logs in
 * once as a candidate from {@code bench.mineFrom} (the rush's candidates, one application each) and
 * reads its list in a loop.
 */
public class MyApplicationsSimulation extends Simulation {

  private final long measureStartsAt = Load.measureStartsAt();
  private final AtomicLong next = new AtomicLong(Long.getLong("bench.mineFrom", 0));

  private final ScenarioBuilder candidates =
      scenario("my applications")
          .exec(s -> s.set("candidate", next.getAndIncrement()))
          .exec(Load.login("setup login"))
          .during(Load.total())
          .on(
              exec(Load.phase(measureStartsAt))
                  .exec(
                      http("#{phase} my applications")
                          .get("/zhaokao/api/v1/me/applications")
                          .check(status().is(200))));

  {
    setUp(candidates.injectOpen(atOnceUsers(Load.users()))).protocols(Load.protocol());
  }
}
