package org.zhaokao.written.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.written.domain.paper.Paper;
import org.zhaokao.written.domain.paper.WrittenExam;
import org.zhaokao.written.domain.preexam.DeviceCheck;
import org.zhaokao.written.domain.preexam.RulesAcceptance;

/**
 * The candidate's pre-exam page of an online exam (考前准备): the exam's rules to read and accept — the
 * paper opens only after the acceptance of the current text — and the device check their browser
 * runs and reports, which the proctor sees on the roster. Only ever their own paper.
 */
@Stateless
public class PreExam {

  @PersistenceContext(unitName = "written-exam")
  private EntityManager em;

  @Inject private StageCore core;
  @Inject private Exams exams;
  @Inject private Sitting sitting;

  /** What the pre-exam page shows; {@code acceptedAt} null until the current rules are accepted. */
  public record View(
      long examId,
      Instant startsAt,
      Instant endsAt,
      String rules,
      String rulesDigest,
      Instant acceptedAt,
      boolean identityCheck,
      DeviceView devices) {}

  /** The last device check; null fields before any. */
  public record DeviceView(
      Instant checkedAt, List<DeviceCheck.Item> failed, Integer audioLevel, int checks) {

    static DeviceView of(Optional<DeviceCheck> c) {
      return new DeviceView(
          c.map(DeviceCheck::checkedAt).orElse(null),
          c.map(d -> d.result().failed()).orElse(null),
          c.map(d -> d.result().audioLevel()).orElse(null),
          c.map(DeviceCheck::checks).orElse(0));
    }
  }

  public View view(Actor actor, long examId) {
    Paper paper = sitting.myPaper(actor, examId);
    return view(exams.exam(examId), paper);
  }

  /**
   * Accepts the rules the candidate read, named by their digest. Accepting the same text again
   * changes nothing.
   *
   * @throws UseCaseException 409 when the exam has no rules, has ended, or its rules changed since
   *     the candidate read them; 422 without a digest
   */
  public View accept(Actor actor, long examId, String digest) {
    Paper paper = sitting.myPaper(actor, examId);
    WrittenExam exam = exams.exam(examId);
    Instant now = Instant.now();
    if (digest == null || digest.isBlank()) {
      throw UseCaseException.invalid(
          "rules.digest", "send the digest of the rules you read", List.of("digest"));
    }
    if (exam.rules() == null) {
      throw UseCaseException.conflict("rules.none", "this exam has no rules to accept");
    }
    if (exam.over(now)) {
      throw UseCaseException.conflict("exam.over", "the exam ended at " + exam.endsAt());
    }
    String current = exam.rulesDigest();
    if (!current.equals(digest.strip())) {
      throw UseCaseException.conflict(
          "rules.changed", "the rules changed since you read them: read them again");
    }
    em.lock(paper, LockModeType.PESSIMISTIC_WRITE);
    if (acceptance(paper, current).isEmpty()) {
      em.persist(new RulesAcceptance(paper.id(), current, actor.accountId(), now));
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("exam", examId);
      details.put("rulesDigest", current);
      core.audit(actor, "rules.accepted", "paper", paper.id(), details);
    }
    return view(exam, paper);
  }

  /**
   * Stores what the candidate's browser found; a new run replaces the last.
   *
   * @throws UseCaseException 409 after the exam's end
   */
  public View reportDevices(Actor actor, long examId, DeviceCheck.Result result) {
    Paper paper = sitting.myPaper(actor, examId);
    WrittenExam exam = exams.exam(examId);
    Instant now = Instant.now();
    if (exam.over(now)) {
      throw UseCaseException.conflict("exam.over", "the exam ended at " + exam.endsAt());
    }
    em.lock(paper, LockModeType.PESSIMISTIC_WRITE);
    Optional<DeviceCheck> last = deviceCheckOf(paper.id());
    if (last.isPresent()) {
      last.get().rerun(result, now);
    } else {
      em.persist(new DeviceCheck(paper.id(), result, now));
    }
    return view(exam, paper);
  }

  /** Whether the paper may open as far as the rules go: none set, or the current text accepted. */
  public boolean rulesAccepted(WrittenExam exam, Paper paper) {
    String digest = exam.rulesDigest();
    return digest == null || acceptance(paper, digest).isPresent();
  }

  public Optional<DeviceCheck> deviceCheckOf(long paperId) {
    return em.createQuery("select d from DeviceCheck d where d.paperId = :p", DeviceCheck.class)
        .setParameter("p", paperId)
        .getResultStream()
        .findFirst();
  }

  private Optional<RulesAcceptance> acceptance(Paper paper, String digest) {
    return em.createQuery(
            "select a from RulesAcceptance a where a.paperId = :p and a.rulesDigest = :d",
            RulesAcceptance.class)
        .setParameter("p", paper.id())
        .setParameter("d", digest)
        .getResultStream()
        .findFirst();
  }

  private View view(WrittenExam exam, Paper paper) {
    String digest = exam.rulesDigest();
    Instant accepted =
        digest == null
            ? null
            : acceptance(paper, digest).map(RulesAcceptance::acceptedAt).orElse(null);
    return new View(
        exam.id(),
        exam.startsAt(),
        exam.endsAt(),
        exam.rules(),
        digest,
        accepted,
        exam.identityCheck(),
        DeviceView.of(deviceCheckOf(paper.id())));
  }
}
