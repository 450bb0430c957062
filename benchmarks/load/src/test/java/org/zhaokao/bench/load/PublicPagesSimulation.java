package org.zhaokao.bench.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Anonymous reads of one target ({@code -Dbench.target}): {@code announcement} (the recruitment's
 * public API view), {@code positions} (its position list), {@code page} (the portal page
 * recruitment.xhtml) or {@code static} (an image served by the same WAR, the reference).
 */
public class PublicPagesSimulation extends Simulation {

  private final String target = System.getProperty("bench.target", "announcement");
  private final long measureStartsAt = Load.measureStartsAt();

  private String path() {
    long r = Load.recruitment();
    return switch (target) {
      case "announcement" -> "/zhaokao/api/v1/recruitments/" + r;
      case "positions" -> "/zhaokao/api/v1/recruitments/" + r + "/positions";
      case "page" -> "/zhaokao/recruitment.xhtml?id=" + r;
      case "static" -> "/zhaokao/images/licence-demo.svg";
      default -> throw new IllegalArgumentException("unknown bench.target " + target);
    };
  }

  private final ScenarioBuilder readers =
      scenario("public " + target)
          .during(Load.total())
          .on(
              exec(Load.phase(measureStartsAt))
                  .exec(http("#{phase} " + target).get(path()).check(status().is(200))));

  {
    setUp(readers.injectOpen(atOnceUsers(Load.users()))).protocols(Load.protocol());
  }
}
