package org.zhaokao.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.WrittenExams.API;
import static org.zhaokao.it.support.WrittenExams.expectOk;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.OfflineExams;
import org.zhaokao.it.support.WrittenExams;

/**
 * What the death of a node must not lose (issue 13), against the balancer of {@code
 * config/cluster/two-nodes.sh}; {@code config/cluster/cluster-test.sh} runs it, the normal suite
 * never does (tag {@code cluster}).
 *
 * <ul>
 *   <li>A notice committed to one node's outbox and not sent there ({@link HeldNotice}) is sent by
 *       the other node, once.
 *   <li>Candidates sit an online exam through the balancer, each saving answers one after another
 *       as fast as the cluster answers ({@link Sitter}); part way, the node holding the notice,
 *       which serves some of them, is killed with {@code kill -9}; everyone goes on; at the end
 *       every save the cluster acknowledged is what it holds (the same save or a later one).
 * </ul>
 */
@Tag("cluster")
class NodeDeathIT {

  private static final int CANDIDATES = Integer.getInteger("zhaokao.it.cluster.candidates", 20);
  private static final Duration BEFORE =
      Duration.ofSeconds(Long.getLong("zhaokao.it.cluster.before", 20));
  private static final Duration AFTER =
      Duration.ofSeconds(Long.getLong("zhaokao.it.cluster.after", 20));

  @Test
  void acknowledgedAnswersAndCommittedNoticesOutliveTheNode() throws Exception {
    Instant later = Instant.now().plusSeconds(3600);
    OfflineExams.Exam exam = OfflineExams.planned(CANDIDATES, later, later.plusSeconds(3600));
    try (HeldNotice notice = HeldNotice.commit()) {
      sitThrough(exam, notice);
    }
  }

  private static void sitThrough(OfflineExams.Exam exam, HeldNotice notice) throws Exception {
    String victim = notice.node();
    String survivor = ClusterNodes.other(victim);
    WrittenExams.startNow(exam.setup(), exam.end());
    String path = API + "/me/exams/" + exam.examId();
    List<Sitter> sitters = new ArrayList<>();
    for (Browsing candidate : exam.setup().people()) {
      HttpResponse<String> paper = expectOk(candidate.get(path + "/paper"));
      sitters.add(new Sitter(candidate, path, Http.object(paper), ClusterNodes.answering(paper)));
    }
    long onVictim = sitters.stream().filter(s -> s.node().equals(victim)).count();
    System.out.printf(
        "%d candidates sitting, %d of them on %s, the node to be killed%n",
        sitters.size(), onVictim, victim);
    assertTrue(onVictim > 0, "no candidate on " + victim + ": the balancer sent all to one node");

    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(sitters.size());
    List<Future<?>> work = new ArrayList<>();
    for (Sitter s : sitters) {
      work.add(pool.submit(() -> s.saveWhile(running)));
    }
    Thread.sleep(BEFORE.toMillis());
    long before = acknowledged(sitters);
    ClusterNodes.kill(victim);
    long noticeMs = notice.sentOnceBy(survivor);
    Thread.sleep(Math.max(0, AFTER.toMillis() - noticeMs));
    running.set(false);
    pool.shutdown();
    assertTrue(pool.awaitTermination(120, TimeUnit.SECONDS), "the candidates did not stop");
    for (Future<?> f : work) {
      f.get();
    }

    int missing = sitters.stream().mapToInt(Sitter::missing).sum();
    long after = acknowledged(sitters) - before;
    System.out.printf(
        "saves acknowledged: %d before the kill, %d after; sent again after no answer: %d;"
            + " longest wait for an acknowledgement on %s: %d ms; acknowledged answers missing:"
            + " %d%n",
        before,
        after,
        sitters.stream().mapToLong(s -> s.saves().resent()).sum(),
        victim,
        sitters.stream()
            .filter(s -> s.node().equals(victim))
            .mapToLong(s -> s.saves().longestWait())
            .max()
            .orElse(0),
        missing);
    assertTrue(after > 0, "nothing was saved after the kill");
    assertEquals(0, missing, "acknowledged answers missing after the failover");
  }

  private static long acknowledged(List<Sitter> sitters) {
    return sitters.stream().mapToLong(s -> s.saves().acknowledged()).sum();
  }
}
