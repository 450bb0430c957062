package org.zhaokao.written.domain.paper;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.zhaokao.written.domain.preexam.ExamRules;

/**
 * The written exam (笔试) of one recruitment: when it runs, how long a candidate has, how papers are
 * put together, and the exam's data key (wrapped by the server's master key) that encrypts its
 * papers. The blueprint is kept as JSON; the exam is set up before papers exist and frozen once
 * they are generated.
 */
@Entity
@Table(name = "we_exam")
public class WrittenExam {

  @Id
  @SequenceGenerator(name = "we_exam_seq", sequenceName = "we_exam_seq", allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "we_exam_seq")
  private Long id;

  @Column(name = "recruitment_id", nullable = false, unique = true)
  private long recruitmentId;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Enumerated(EnumType.STRING)
  @Column(name = "paper_mode", nullable = false, length = 20)
  private PaperMode mode;

  @Column(name = "blueprint_json", nullable = false, length = 20000)
  private String blueprintJson;

  /** Selects the items of a fixed paper. */
  @Column(name = "exam_seed", nullable = false)
  private long examSeed;

  /** The exam's AES key, wrapped (AES-GCM) by the master key; Base64. */
  @Column(name = "wrapped_key", nullable = false, length = 200)
  private String wrappedKey;

  @Column(name = "papers_generated_at")
  private Instant papersGeneratedAt;

  @Column(name = "reported_at")
  private Instant reportedAt;

  /** When the subjective marking (阅卷) was opened: the scripts and tasks exist from then on. */
  @Column(name = "marking_opened_at")
  private Instant markingOpenedAt;

  @Column(name = "marking_released_at")
  private Instant markingReleasedAt;

  /** Whether a proctor admits each candidate on a live photo before the paper opens. */
  @Column(name = "identity_check", nullable = false)
  private boolean identityCheck;

  /** The rules candidates accept before the paper opens (考试须知); null for none. */
  @Column(length = 20000)
  private String rules;

  protected WrittenExam() {}

  public WrittenExam(long recruitmentId, long examSeed, String wrappedKey) {
    this.recruitmentId = recruitmentId;
    this.examSeed = examSeed;
    this.wrappedKey = wrappedKey;
  }

  /** Sets the schedule and blueprint; only before papers exist. */
  public void plan(
      Instant startsAt, Instant endsAt, int durationMinutes, PaperMode mode, String blueprintJson) {
    if (papersGeneratedAt != null) {
      throw new IllegalStateException("papers are generated: the exam can no longer change");
    }
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.durationMinutes = durationMinutes;
    this.mode = mode;
    this.blueprintJson = blueprintJson;
  }

  /**
   * Moves the window (改期): before the start both ends may move, after it only the end. The caller
   * checks the times against the clock; the papers, drawn already, stay as they are.
   */
  public void reschedule(Instant startsAt, Instant endsAt) {
    if (!endsAt.isAfter(startsAt)) {
      throw new IllegalArgumentException("the end must be after the start");
    }
    this.startsAt = startsAt;
    this.endsAt = endsAt;
  }

  /** Asks (or stops asking) for the identity check; only before papers exist, like the plan. */
  public void requireIdentityCheck(boolean required) {
    if (papersGeneratedAt != null) {
      throw new IllegalStateException("papers are generated: the exam can no longer change");
    }
    identityCheck = required;
  }

  public boolean identityCheck() {
    return identityCheck;
  }

  /**
   * Sets the rules with the plan; only before papers exist, like the plan.
   *
   * @throws IllegalArgumentException for a text over {@link ExamRules#MAX_LENGTH} characters
   */
  public void planRules(String text) {
    if (papersGeneratedAt != null) {
      throw new IllegalStateException("papers are generated: the exam can no longer change");
    }
    rules = ExamRules.checked(text);
  }

  /**
   * Changes the rules, papers generated or not, until the start: a candidate may have accepted them
   * already, so changed rules ask everyone for a new acceptance.
   *
   * @throws IllegalStateException once the exam started
   * @throws IllegalArgumentException for a text over {@link ExamRules#MAX_LENGTH} characters
   */
  public void changeRules(String text, Instant now) {
    if (started(now)) {
      throw new IllegalStateException(
          "the exam started at " + startsAt + ": its rules can no longer change");
    }
    rules = ExamRules.checked(text);
  }

  /** The rules, or null for an exam without any (nothing to accept then). */
  public String rules() {
    return rules;
  }

  /** The digest of the rules a candidate accepts; null without rules. */
  public String rulesDigest() {
    return ExamRules.digest(rules);
  }

  /** What the wrapped data key is bound to: the one exam of the recruitment. */
  public static String keyBinding(long recruitmentId) {
    return "we-exam-key:recruitment-" + recruitmentId;
  }

  public void papersGenerated(Instant at) {
    papersGeneratedAt = at;
  }

  public void reported(Instant at) {
    reportedAt = at;
  }

  public void markingOpened(Instant at) {
    markingOpenedAt = at;
  }

  public void markingReleased(Instant at) {
    markingReleasedAt = at;
    reportedAt = at;
  }

  public Instant markingOpenedAt() {
    return markingOpenedAt;
  }

  public Instant markingReleasedAt() {
    return markingReleasedAt;
  }

  /** Whether the paper may be opened (the key is released) at {@code now}. */
  public boolean started(Instant now) {
    return !now.isBefore(startsAt);
  }

  /** Whether answers are no longer taken at {@code now}. */
  public boolean over(Instant now) {
    return !now.isBefore(endsAt);
  }

  /** The moment a candidate who opened the paper at {@code openedAt} must stop. */
  public Instant deadlineFor(Instant openedAt) {
    Instant byDuration = openedAt.plusSeconds(60L * durationMinutes);
    return byDuration.isBefore(endsAt) ? byDuration : endsAt;
  }

  public Long id() {
    return id;
  }

  public long recruitmentId() {
    return recruitmentId;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public int durationMinutes() {
    return durationMinutes;
  }

  public PaperMode mode() {
    return mode;
  }

  public String blueprintJson() {
    return blueprintJson;
  }

  public long examSeed() {
    return examSeed;
  }

  public String wrappedKey() {
    return wrappedKey;
  }

  public Instant papersGeneratedAt() {
    return papersGeneratedAt;
  }

  public Instant reportedAt() {
    return reportedAt;
  }
}
