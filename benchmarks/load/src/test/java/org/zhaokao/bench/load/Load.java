package org.zhaokao.bench.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * What every simulation shares: the server, the phases and the candidate login.
 *
 * <p>Each simulation loops its virtual users for warm-up + measure seconds; requests are named
 * {@code warmup <name>} before the measured window opens and {@code measure <name>} inside it, so
 * the report (run.sh) counts only the measured ones. Settings are system properties: {@code
 * bench.base}, {@code bench.warmup}, {@code bench.measure}, {@code bench.users}, {@code
 * bench.recruitment}, {@code bench.firstPosition}, {@code bench.positions}, {@code
 * bench.candidates}, {@code bench.password}, {@code bench.noticeVersion}, {@code
 * bench.pledgeVersion}.
 */
final class Load {

  static final long FIRST_MOBILE = 13_900_000_000L;

  private Load() {}

  static String base() {
    return System.getProperty("bench.base", "http://127.0.0.1:8780");
  }

  static int seconds(String name, int fallback) {
    return Integer.getInteger("bench." + name, fallback);
  }

  static int users() {
    return Integer.getInteger("bench.users", 32);
  }

  static long recruitment() {
    return Long.getLong("bench.recruitment");
  }

  static Duration total() {
    return Duration.ofSeconds(seconds("warmup", 120) + seconds("measure", 60));
  }

  static HttpProtocolBuilder protocol() {
    return http.baseUrl(base())
        .acceptHeader("application/json, text/html;q=0.9, */*;q=0.8")
        .acceptLanguageHeader("zh-CN")
        .userAgentHeader("zhaokao-bench-load")
        // Every request goes to the server: no If-Modified-Since / 304 shortcut from Gatling's
        // cache.
        .disableCaching()
        .shareConnections();
  }

  /** Sets {@code phase} to warmup or measure; call at the start of every iteration. */
  static ChainBuilder phase(long measureStartsAtMillis) {
    return exec(
        s ->
            s.set(
                "phase",
                System.currentTimeMillis() < measureStartsAtMillis ? "warmup" : "measure"));
  }

  static long measureStartsAt() {
    return System.currentTimeMillis() + seconds("warmup", 120) * 1000L;
  }

  /**
   * The login of candidate {@code #{candidate}} (index) with a fresh cookie jar; saves the CSRF
   * token.
   */
  static ChainBuilder login(String requestName) {
    return exec(flushCookieJar())
        .exec(
            http(requestName)
                .post("/zhaokao/api/v1/auth/login")
                .header("Content-Type", "application/json")
                .body(
                    StringBody(
                        s ->
                            "{\"loginId\":\""
                                + (FIRST_MOBILE + s.getLong("candidate"))
                                + "\",\"password\":\""
                                + System.getProperty("bench.password")
                                + "\"}"))
                .check(status().is(200), jsonPath("$.csrfToken").saveAs("csrf")));
  }

  /**
   * An application form to position {@code #{position}} that every generated candidate satisfies.
   */
  static String applicationForm(Session s) {
    return "{\"positionId\":"
        + s.getLong("position")
        + ",\"noticeVersion\":"
        + Integer.getInteger("bench.noticeVersion", 1)
        + ",\"pledgeVersion\":"
        + Integer.getInteger("bench.pledgeVersion", 1)
        + ",\"education\":\"BACHELOR\",\"degree\":\"BACHELOR\",\"school\":\"浙江大学\","
        + "\"major\":\"软件工程\",\"graduatedOn\":\"2019-06-30\",\"politicalStatus\":\"CYL_MEMBER\","
        + "\"experienceYears\":3,\"household\":\"浙江省杭州市\",\"answers\":{}}";
  }
}
