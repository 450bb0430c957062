package org.zhaokao.recruitment.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.zhaokao.platform.validation.Checks;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.domain.employer.Employers;
import org.zhaokao.recruitment.domain.employer.ServiceKind;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/**
 * Publication with content review (信息审核, SPEC S3): an editor submits a recruitment, a different
 * person holding {@code recruitment:publish} approves it (or sends it back), and it can be taken
 * off the site again. Every step is audited.
 */
@Stateless
public class Publication {

  static final String PUBLISH = "recruitment:publish";

  @Inject private Recruitments recruitments;
  @Inject private Employers employers;
  @Inject private Guard guard;
  @Inject private RecruitmentViews views;
  @Inject private ReadModels readModels;
  @Inject private RecruitmentAccess access;

  /**
   * DRAFT → PENDING_PUBLICATION, once the recruitment is complete: positions, a work plan, a window
   * that has not closed, and an employer whose service plan includes applications.
   */
  public RecruitmentView submit(Actor actor, long id) {
    Recruitment r = access.visibleTo(actor, id);
    guard.require(
        actor,
        Guard.onEmployer(RecruitmentEditing.EDIT, r.employerId()),
        "recruitment",
        String.valueOf(id));
    Checks checks = new Checks();
    checks.require(
        !recruitments.positions(id).isEmpty(), "positions", "positions", "Add a position first");
    checks.require(
        !r.workPlan().isEmpty(), "workPlan", "workPlan", "Write the exam work plan first (R3)");
    checks.require(
        !r.window().hasClosedAt(Instant.now()),
        "closesAt",
        "windowPast",
        "The application window has already closed");
    checks.require(
        employers.find(r.employerId()).map(e -> e.bought(ServiceKind.APPLICATION)).orElse(false),
        "employerId",
        "servicePlan",
        "The employer's service plan does not include online applications");
    checks.throwIfAny();
    r.submitForPublication(actor.accountId(), now());
    guard.record(
        guard.entry(actor, "recruitment.publication.submitted").target("recruitment", "" + id));
    return views.view(r, null, true);
  }

  /**
   * PENDING_PUBLICATION → PUBLISHED. 403 for the person who submitted it: publication takes two.
   */
  public RecruitmentView approve(Actor actor, long id) {
    Recruitment r = publishable(actor, id);
    if (!r.approvableBy(actor.accountId())) {
      throw guard.deny(actor, "recruitment:publish (four eyes)", "recruitment", "" + id);
    }
    r.approvePublication(actor.accountId(), now());
    readModels.evict(id);
    guard.record(
        guard.entry(actor, "recruitment.publication.approved").target("recruitment", "" + id));
    return views.view(r, null, true);
  }

  /** PENDING_PUBLICATION → DRAFT with the reviewer's note (required). */
  public RecruitmentView sendBack(Actor actor, long id, String note) {
    Recruitment r = publishable(actor, id);
    r.sendBack(requireReason(note));
    guard.record(
        guard
            .entry(actor, "recruitment.publication.sent-back")
            .target("recruitment", "" + id)
            .detail("note", note.trim()));
    return views.view(r, null, true);
  }

  /** PUBLISHED → DRAFT: off the site; the reason (required) is kept for the editor. */
  public RecruitmentView unpublish(Actor actor, long id, String reason) {
    Recruitment r = publishable(actor, id);
    r.unpublish(requireReason(reason));
    readModels.evict(id);
    guard.record(
        guard
            .entry(actor, "recruitment.unpublished")
            .target("recruitment", "" + id)
            .detail("reason", reason.trim()));
    return views.view(r, null, true);
  }

  private Recruitment publishable(Actor actor, long id) {
    Recruitment r = access.visibleTo(actor, id);
    guard.require(actor, Guard.onEmployer(PUBLISH, r.employerId()), "recruitment", "" + id);
    return r;
  }

  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      throw InvalidInputException.of("reason", "reason", "State the reason (at most 1000 chars)");
    }
    return reason.trim();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
