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
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.written.WrittenExamPlugin;
import org.zhaokao.written.domain.paper.Paper;
import org.zhaokao.written.domain.paper.WrittenExam;
import org.zhaokao.written.domain.proctoring.Admission;

/**
 * The proctor's side of the identity check (考前身份核验): the candidate's live photo beside the photo
 * they applied with, and the decision to admit or refuse. Every look at either photo is audited, as
 * is every decision.
 */
@Stateless
public class AdmissionDesk {

  @PersistenceContext(unitName = "written-exam")
  private EntityManager em;

  @Inject private StageCore core;
  @Inject private Exams exams;
  @Inject private IdentityCheck identity;
  @Inject private PaperVault vault;

  /** The decision as stored. */
  public record Decided(long applicationId, Admission.Status status, Instant at) {}

  /**
   * The live photo the candidate sent.
   *
   * @throws UseCaseException 404 when none was sent
   */
  public byte[] livePhoto(Actor actor, long recruitmentId, long applicationId) {
    core.requireIn(actor, WrittenExamPlugin.PROCTOR, recruitmentId, "proctor");
    WrittenExam exam = exam(recruitmentId);
    Paper paper = exams.paperOf(exam.id(), applicationId);
    Admission a = admission(paper);
    core.audit(
        actor,
        "identity.live-photo.viewed",
        "paper",
        paper.id(),
        Map.of("application", applicationId));
    return vault.openBytes(exam, a.photoSealed(), Admission.binding(paper.id()));
  }

  /**
   * The photo the candidate applied with, from the core.
   *
   * @throws UseCaseException 404 when the application has none
   */
  public byte[] applicationPhoto(Actor actor, long recruitmentId, long applicationId) {
    core.requireIn(actor, WrittenExamPlugin.PROCTOR, recruitmentId, "proctor");
    Paper paper = exams.paperOf(exam(recruitmentId).id(), applicationId);
    byte[] photo =
        core.services()
            .roster()
            .photo(WrittenExamPlugin.ID, applicationId)
            .orElseThrow(() -> UseCaseException.notFound("the photo of " + applicationId));
    core.audit(
        actor,
        "identity.application-photo.viewed",
        "paper",
        paper.id(),
        Map.of("application", applicationId));
    return photo;
  }

  /**
   * Admits the candidate, or refuses with a reason they will read.
   *
   * @throws UseCaseException 422 for a refusal without a reason, 409 when no photo waits
   */
  public Decided decide(
      Actor actor, long recruitmentId, long applicationId, boolean admit, String reason) {
    long by = core.requireIn(actor, WrittenExamPlugin.PROCTOR, recruitmentId, "proctor");
    String why = reason == null ? "" : reason.strip();
    if (!admit && (why.isEmpty() || why.length() > 500)) {
      throw UseCaseException.invalid(
          "reason.required",
          "a refusal gives its reason (at most 500 characters)",
          List.of("reason"));
    }
    Paper paper = exams.paperOf(exam(recruitmentId).id(), applicationId);
    Admission a = admission(paper);
    em.lock(a, LockModeType.PESSIMISTIC_WRITE);
    Instant now = Instant.now();
    try {
      a.decide(admit, why.isEmpty() ? null : why, by, now);
    } catch (IllegalStateException e) {
      throw UseCaseException.conflict("identity.notWaiting", e.getMessage());
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("application", applicationId);
    details.put("decision", a.status().name());
    details.put("reason", why);
    core.audit(actor, "identity.decided", "paper", paper.id(), details);
    return new Decided(applicationId, a.status(), now);
  }

  private Admission admission(Paper paper) {
    return identity
        .admissionOf(paper.id())
        .orElseThrow(() -> UseCaseException.notFound("a live photo of " + paper.applicationId()));
  }

  private WrittenExam exam(long recruitmentId) {
    return exams
        .ofRecruitment(recruitmentId)
        .orElseThrow(() -> UseCaseException.notFound("written exam of " + recruitmentId));
  }
}
