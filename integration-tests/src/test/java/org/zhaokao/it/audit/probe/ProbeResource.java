package org.zhaokao.it.audit.probe;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.zhaokao.plugins.api.CoreLookup;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.audit.AuditResult;

/** Writes audit entries through the SPI, as a plugin does, and times it. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

  /**
   * Records one entry per result in {@code results} (comma-separated), action {@code action},
   * target {@code probe/<tag>}, actor account {@code it-<tag>}.
   */
  @POST
  @Path("/events")
  public Map<String, Object> record(
      @QueryParam("tag") String tag,
      @QueryParam("action") String action,
      @QueryParam("results") String results) {
    AuditLog audit = CoreLookup.auditLog();
    int n = 0;
    for (String result : results.split(",")) {
      audit.record(
          AuditEntry.builder(action, AuditActor.account("it-" + tag, "tester"))
              .target("probe", tag)
              .result(AuditResult.valueOf(result))
              .client("192.0.2.10", "=cmd|' /C calc'!A0 probe")
              .detail("tag", tag)
              .detail("n", Integer.toString(n++))
              .detail("candidate", "张*")
              .build());
    }
    return Map.of("recorded", n);
  }

  /**
   * Records {@code events} entries from {@code threads} threads, each in its own transaction as a
   * busy platform would, and reports the time taken; then waits until the keeper has linked them
   * all and reports that time too.
   */
  @POST
  @Path("/benchmark")
  public Map<String, Object> benchmark(
      @QueryParam("events") int events,
      @QueryParam("threads") int threads,
      @QueryParam("tag") String tag)
      throws Exception {
    AuditLog audit = CoreLookup.auditLog();
    long before = Tampering.unlinked();
    // The container's executor: its threads are the server's, as a request's would be.
    ExecutorService pool =
        (ExecutorService)
            new javax.naming.InitialContext().lookup("java:comp/DefaultManagedExecutorService");
    long start = System.nanoTime();
    {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int share = events / threads + (t < events % threads ? 1 : 0);
        int thread = t;
        Callable<Integer> writer =
            () -> {
              for (int i = 0; i < share; i++) {
                audit.record(
                    AuditEntry.builder("it.benchmark.write", AuditActor.account("bench", "tester"))
                        .target("probe", tag)
                        .client("192.0.2.11", "benchmark")
                        .detail("thread", Integer.toString(thread))
                        .detail("i", Integer.toString(i))
                        .build());
              }
              return share;
            };
        done.add(pool.submit(writer));
      }
      int written = 0;
      for (Future<Integer> f : done) {
        written += f.get();
      }
      long wrote = System.nanoTime() - start;
      long linkedAfter = awaitLinked(before, 120_000);
      long total = System.nanoTime() - start;
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("events", written);
      figures.put("threads", threads);
      figures.put("writeMillis", wrote / 1_000_000);
      figures.put("writesPerSecond", Math.round(written / (wrote / 1e9)));
      figures.put("allLinkedMillis", total / 1_000_000);
      figures.put("linkedPerSecond", Math.round(written / (total / 1e9)));
      figures.put("unlinkedLeft", linkedAfter);
      return figures;
    }
  }

  /** Waits until no more rows are unlinked than before the run; returns how many still are. */
  private static long awaitLinked(long before, long limitMillis) throws Exception {
    long deadline = System.currentTimeMillis() + limitMillis;
    long left = Tampering.unlinked();
    while (left > before && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
      left = Tampering.unlinked();
    }
    return left;
  }
}
