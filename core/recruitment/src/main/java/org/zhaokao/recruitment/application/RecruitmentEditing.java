package org.zhaokao.recruitment.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.domain.employer.Employer;
import org.zhaokao.recruitment.domain.employer.Employers;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.RecruitmentText;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;
import org.zhaokao.recruitment.domain.recruitment.TextKind;

/**
 * Editors write recruitments (招考项目): announcement, window, contacts, work plan, notice and pledge.
 * Needs {@code recruitment:edit} on the employer; reading needs {@code recruitment:view}. Positions
 * are in {@link PositionEditing}; publication in {@link Publication}.
 */
@Stateless
public class RecruitmentEditing {

  static final String VIEW = RecruitmentAccess.VIEW;
  static final String EDIT = RecruitmentAccess.EDIT;

  @Inject private Recruitments recruitments;
  @Inject private Employers employers;
  @Inject private Guard guard;
  @Inject private RecruitmentViews views;
  @Inject private RecruitmentAccess access;

  /** A short line per recruitment for the console's list. */
  public record Summary(
      long id,
      String code,
      String title,
      long employerId,
      String employerName,
      String status,
      String phase,
      OffsetDateTime opensAt,
      OffsetDateTime closesAt) {}

  /** Creates a draft. 422 naming refused fields; 409 when the code is taken. */
  public RecruitmentView create(Actor actor, RecruitmentForm form) {
    if (form.employerId() == null) {
      throw InvalidInputException.of("employerId", "required", "Required");
    }
    long employerId = form.employerId();
    guard.require(
        actor, Guard.onEmployer(EDIT, employerId), "employer", String.valueOf(employerId));
    Employer employer =
        employers
            .find(employerId)
            .orElseThrow(
                () -> InvalidInputException.of("employerId", "unknown", "No such employer"));
    RecruitmentContent content = RecruitmentContent.check(form, true);
    if (recruitments.findByCode(form.code()).isPresent()) {
      throw new ConflictException(
          "recruitment-code-taken", "Recruitment code " + form.code() + " exists");
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Recruitment r =
        recruitments.add(
            new Recruitment(form.code(), employer.id(), content.content(), actor.accountId(), now));
    newText(r, TextKind.NOTICE, content.notice(), now);
    newText(r, TextKind.PLEDGE, content.pledge(), now);
    guard.record(
        guard
            .entry(actor, "recruitment.created")
            .target("recruitment", String.valueOf(r.id()))
            .detail("code", r.code())
            .detail("employer", String.valueOf(employerId)));
    return views.view(r, null, true);
  }

  /** Replaces what the editor writes; a pending submission goes back to draft. */
  public RecruitmentView update(Actor actor, long id, RecruitmentForm form) {
    Recruitment r = access.editable(actor, id);
    RecruitmentContent content = RecruitmentContent.check(form, false);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    r.edit(content.content());
    for (TextKind kind : TextKind.values()) {
      String body = kind == TextKind.NOTICE ? content.notice() : content.pledge();
      if (!views.text(r, kind).body().equals(body)) {
        newText(r, kind, body, now);
      }
    }
    guard.record(
        guard.entry(actor, "recruitment.updated").target("recruitment", String.valueOf(id)));
    return views.view(r, null, true);
  }

  /** One recruitment with its work plan, in any state. 404 unless the actor may view it. */
  public RecruitmentView view(Actor actor, long id) {
    return views.view(access.visibleTo(actor, id), null, true);
  }

  /** The recruitments the actor may view, newest first. */
  public List<Summary> list(Actor actor) {
    Instant now = Instant.now();
    return recruitments.all().stream()
        .filter(r -> Guard.mayOn(actor, VIEW, r.employerId(), r.id()))
        .map(
            r ->
                new Summary(
                    r.id(),
                    r.code(),
                    r.title(),
                    r.employerId(),
                    employers.find(r.employerId()).map(Employer::name).orElse(""),
                    r.status().name(),
                    r.phaseAt(now).name(),
                    RecruitmentViews.china(r.window().opensAt()),
                    RecruitmentViews.china(r.window().closesAt())))
        .toList();
  }

  private void newText(Recruitment r, TextKind kind, String body, OffsetDateTime at) {
    int version = r.textVersion(kind) + 1;
    recruitments.add(new RecruitmentText(r.id(), kind, version, body, at));
    r.textVersion(kind, version);
  }
}
