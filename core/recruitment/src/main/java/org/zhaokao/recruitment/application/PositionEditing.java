package org.zhaokao.recruitment.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.zhaokao.platform.validation.Checks;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.domain.recruitment.Position;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;
import org.zhaokao.recruitment.domain.recruitment.Requirements;

/**
 * Editors add, change and remove a recruitment's positions (招考岗位) before publication. Needs {@code
 * recruitment:edit} on the employer.
 */
@Stateless
public class PositionEditing {

  @Inject private Recruitments recruitments;
  @Inject private Guard guard;
  @Inject private RecruitmentAccess access;

  /** Adds a position. 422 naming refused fields; 409 when the code is taken in the recruitment. */
  public PositionView add(Actor actor, long recruitmentId, PositionForm form) {
    Recruitment r = access.editable(actor, recruitmentId);
    Position.Details details = check(form, true);
    if (recruitments.positions(r.id()).stream().anyMatch(p -> p.code().equals(form.code()))) {
      throw new ConflictException(
          "position-code-taken", "Position code " + form.code() + " exists in " + r.code());
    }
    Position p = recruitments.add(new Position(r.id(), form.code(), details));
    guard.record(
        guard
            .entry(actor, "recruitment.position.added")
            .target("position", String.valueOf(p.id()))
            .detail("recruitment", String.valueOf(r.id()))
            .detail("code", p.code()));
    return RecruitmentViews.position(p, null);
  }

  /** Changes a position (its code stays). */
  public PositionView update(Actor actor, long recruitmentId, long positionId, PositionForm form) {
    Recruitment r = access.editable(actor, recruitmentId);
    Position p = positionOf(r, positionId);
    p.update(check(form, false));
    guard.record(
        guard
            .entry(actor, "recruitment.position.updated")
            .target("position", String.valueOf(positionId)));
    return RecruitmentViews.position(p, null);
  }

  /** Removes a position nobody applied to. */
  public void remove(Actor actor, long recruitmentId, long positionId) {
    Recruitment r = access.editable(actor, recruitmentId);
    Position p = positionOf(r, positionId);
    if (recruitments.hasApplications(positionId)) {
      throw new ConflictException(
          "position-has-applications", "Candidates applied to this position; it stays");
    }
    recruitments.remove(p);
    guard.record(
        guard
            .entry(actor, "recruitment.position.removed")
            .target("position", String.valueOf(positionId)));
  }

  private Position positionOf(Recruitment r, long positionId) {
    return recruitments
        .position(positionId)
        .filter(p -> p.recruitmentId() == r.id())
        .orElseThrow(() -> new RecordNotFoundException("position", positionId));
  }

  static Position.Details check(PositionForm f, boolean creating) {
    Checks checks = new Checks();
    if (creating) {
      Forms.code(checks, "code", f.code());
    }
    Forms.text(checks, "title", f.title(), 200);
    Forms.text(checks, "department", f.department(), 200);
    checks.require(
        f.headcount() != null && f.headcount() >= 1 && f.headcount() <= 10_000,
        "headcount",
        "headcount",
        "1 to 10000 posts");
    checks.require(
        f.interviewRatio() != null && f.interviewRatio() >= 1 && f.interviewRatio() <= 20,
        "interviewRatio",
        "interviewRatio",
        "n of 1:n, from 1 to 20");
    Forms.lines(checks, "examSubjects", f.examSubjects(), 100, 10);
    Forms.lines(checks, "extraFields", f.extraFields(), 60, 10);
    PositionForm.RequirementsForm q =
        f.requirements() == null
            ? new PositionForm.RequirementsForm(
                null, null, List.of(), null, null, null, null, "", null, "")
            : f.requirements();
    Forms.lines(checks, "requirements.majors", q.majors(), 100, 100);
    checks.require(
        q.minAge() == null || q.minAge() >= 16 && q.minAge() <= 70,
        "requirements.minAge",
        "age",
        "An age from 16 to 70");
    checks.require(
        q.maxAge() == null || q.maxAge() >= 16 && q.maxAge() <= 70,
        "requirements.maxAge",
        "age",
        "An age from 16 to 70");
    checks.require(
        q.minAge() == null || q.maxAge() == null || q.minAge() <= q.maxAge(),
        "requirements.maxAge",
        "ageRange",
        "The highest age is at least the lowest");
    checks.require(
        q.minExperienceYears() == null
            || q.minExperienceYears() >= 0 && q.minExperienceYears() <= 40,
        "requirements.minExperienceYears",
        "experience",
        "0 to 40 years");
    Forms.optionalText(checks, "requirements.household", q.household(), 200);
    Forms.optionalText(checks, "requirements.other", q.other(), 2000);
    checks.throwIfAny();
    return new Position.Details(
        f.title().trim(),
        f.department().trim(),
        f.headcount(),
        new Requirements(
            q.minEducation(),
            q.minDegree(),
            q.majors() == null ? List.of() : q.majors().stream().map(String::trim).toList(),
            q.minAge(),
            q.maxAge(),
            q.politicalStatus(),
            q.minExperienceYears(),
            q.household() == null ? "" : q.household().trim(),
            q.gender(),
            q.other() == null ? "" : q.other().trim()),
        f.examSubjects() == null ? List.of() : f.examSubjects().stream().map(String::trim).toList(),
        f.interviewRatio(),
        f.extraFields() == null ? List.of() : f.extraFields().stream().map(String::trim).toList());
  }
}
