package org.zhaokao.written.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.plugins.api.roster.StageAssignment;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.written.WrittenExamPlugin;
import org.zhaokao.written.domain.paper.InsufficientItemsException;
import org.zhaokao.written.domain.paper.PaperCodec;
import org.zhaokao.written.domain.paper.PaperGenerator;
import org.zhaokao.written.domain.paper.WrittenExam;
import org.zhaokao.written.domain.preexam.ExamRules;
import org.zhaokao.written.infrastructure.crypto.MasterKey;
import org.zhaokao.written.infrastructure.crypto.PaperCipher;

/**
 * Sets up the written exam of a recruitment whose chain holds the stage: schedule, duration,
 * blueprint and paper mode. Checked against the bank when saved, so a blueprint asking for more
 * items than the bank has is refused before anyone relies on it.
 */
@Stateless
public class ExamPlanning {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "written-exam")
  private EntityManager em;

  @Inject private StageCore core;
  @Inject private Exams exams;
  @Inject private MasterKey masterKey;

  /** A recruitment holding the stage, with its exam once set up. */
  public record Assignment(StageAssignment assignment, Optional<ExamView> exam) {}

  public List<Assignment> assignments(Actor actor) {
    core.require(actor, WrittenExamPlugin.MANAGE, "view written exams");
    List<Assignment> out = new ArrayList<>();
    for (StageAssignment a : core.services().roster().assignments(WrittenExamPlugin.ID)) {
      out.add(new Assignment(a, exams.ofRecruitment(a.recruitmentId()).map(ExamView::of)));
    }
    return out;
  }

  public ExamView get(Actor actor, long recruitmentId) {
    core.require(actor, WrittenExamPlugin.MANAGE, "view written exams");
    return exams
        .ofRecruitment(recruitmentId)
        .map(ExamView::of)
        .orElseThrow(
            () -> UseCaseException.notFound("written exam of recruitment " + recruitmentId));
  }

  public ExamView plan(Actor actor, long recruitmentId, ExamPlan plan) {
    core.require(actor, WrittenExamPlugin.MANAGE, "set up written exams");
    core.assignment(recruitmentId);
    check(plan);
    String blueprint = PaperCodec.write(plan.blueprint());
    WrittenExam exam = exams.ofRecruitment(recruitmentId).orElse(null);
    if (exam == null) {
      // Everything is set before the insert: the row's columns are all required.
      exam =
          new WrittenExam(
              recruitmentId,
              RANDOM.nextLong(),
              masterKey.wrap(PaperCipher.newKey(), WrittenExam.keyBinding(recruitmentId)));
      exam.plan(plan.startsAt(), plan.endsAt(), plan.durationMinutes(), plan.mode(), blueprint);
      exam.requireIdentityCheck(plan.identityCheck());
      exam.planRules(plan.rules());
      em.persist(exam);
    } else if (exam.papersGeneratedAt() != null) {
      throw UseCaseException.conflict(
          "exam.frozen", "papers are generated: the exam can no longer change");
    } else {
      exam.plan(plan.startsAt(), plan.endsAt(), plan.durationMinutes(), plan.mode(), blueprint);
      exam.requireIdentityCheck(plan.identityCheck());
      exam.planRules(plan.rules());
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("recruitment", recruitmentId);
    details.put("startsAt", plan.startsAt());
    details.put("endsAt", plan.endsAt());
    details.put("mode", plan.mode());
    details.put("identityCheck", plan.identityCheck());
    details.put("sections", plan.blueprint().sections().size());
    details.put("fullMarks", plan.blueprint().total());
    details.put("rulesDigest", String.valueOf(exam.rulesDigest()));
    core.audit(actor, "exam.planned", "exam", exam.id(), details);
    return ExamView.of(exam);
  }

  /**
   * Sets or clears the exam's rules (考试须知), until the start, papers generated or not. Candidates
   * who accepted the old text accept the new one again.
   *
   * @throws UseCaseException 409 once the exam started, 422 for a text too long
   */
  public ExamView changeRules(Actor actor, long recruitmentId, String rules) {
    core.require(actor, WrittenExamPlugin.MANAGE, "set exam rules");
    WrittenExam exam = exams.lockedOf(recruitmentId);
    String before = exam.rulesDigest();
    try {
      exam.changeRules(rules, Instant.now());
    } catch (IllegalStateException e) {
      throw UseCaseException.conflict("exam.started", e.getMessage());
    } catch (IllegalArgumentException e) {
      throw UseCaseException.invalid(
          "exam.invalid", "the rules cannot be set so", List.of(e.getMessage()));
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("recruitment", recruitmentId);
    details.put("fromDigest", String.valueOf(before));
    details.put("rulesDigest", String.valueOf(exam.rulesDigest()));
    core.audit(actor, "exam.rules.changed", "exam", exam.id(), details);
    return ExamView.of(exam);
  }

  private void check(ExamPlan plan) {
    List<String> problems = new ArrayList<>();
    if (plan.startsAt() == null || plan.endsAt() == null) {
      problems.add("startsAt and endsAt are required");
    } else if (!plan.endsAt().isAfter(plan.startsAt())) {
      problems.add("endsAt must be after startsAt");
    }
    // A duration longer than the window is allowed: the end time cuts every attempt short.
    if (plan.durationMinutes() < 1 || plan.durationMinutes() > 24 * 60) {
      problems.add("durationMinutes must be between 1 and 1440");
    }
    if (plan.mode() == null) {
      problems.add("mode is required (FIXED or PER_CANDIDATE)");
    }
    String rules = ExamRules.normalise(plan.rules());
    if (rules != null && rules.length() > ExamRules.MAX_LENGTH) {
      problems.add("rules are at most " + ExamRules.MAX_LENGTH + " characters");
    }
    problems.addAll(plan.blueprint().problems());
    if (problems.isEmpty()) {
      try {
        PaperGenerator.checkFeasible(plan.blueprint(), exams.drawableBank());
      } catch (InsufficientItemsException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw UseCaseException.invalid("exam.invalid", "the exam cannot be set up so", problems);
    }
  }
}
