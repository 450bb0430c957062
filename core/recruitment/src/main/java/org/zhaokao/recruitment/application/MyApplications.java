package org.zhaokao.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.zhaokao.identity.application.CandidateProfiles;
import org.zhaokao.platform.validation.Checks;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.domain.application.Application;
import org.zhaokao.recruitment.domain.application.ApplicationEvent;
import org.zhaokao.recruitment.domain.application.Applications;
import org.zhaokao.recruitment.domain.application.Declaration;
import org.zhaokao.recruitment.domain.application.EventKind;
import org.zhaokao.recruitment.domain.recruitment.Position;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/**
 * A candidate's own applications (我的报名): the list with status timelines and reasons, the form
 * pre-filled from the profile, corrections (a returned application goes back to the review) and
 * withdrawal, both only while the window is open and the review has not decided. Another person's
 * application is "not found".
 */
@Stateless
public class MyApplications {

  @Inject private Applications applications;
  @Inject private Recruitments recruitments;
  @Inject private ApplicationViews views;
  @Inject private RecruitmentViews recruitmentViews;
  @Inject private Guard guard;
  @EJB private CandidateProfiles profiles;

  /**
   * What the application form of a position starts from.
   *
   * @param candidate the verified profile, masked
   * @param recruitment the recruitment with the current notice and pledge
   * @param position the chosen position with its extra questions
   */
  public record Prefill(
      ApplicationView.Candidate candidate, RecruitmentView recruitment, PositionView position) {}

  public List<ApplicationView> list(Actor actor) {
    long me = guard.candidate(actor);
    return applications.ofCandidate(me).stream().map(a -> views.view(a, false)).toList();
  }

  public ApplicationView get(Actor actor, long id) {
    return views.view(own(actor, id), false);
  }

  /** The form for a position of a published recruitment. */
  public Prefill prefill(Actor actor, long positionId) {
    long me = guard.candidate(actor);
    Position p =
        recruitments
            .position(positionId)
            .orElseThrow(() -> new RecordNotFoundException("position", positionId));
    Recruitment r =
        recruitments
            .find(p.recruitmentId())
            .filter(x -> x.status().visible())
            .orElseThrow(() -> new RecordNotFoundException("position", positionId));
    return new Prefill(
        profiles.of(me).map(ApplicationViews::candidate).orElseThrow(),
        recruitmentViews.view(r, null, false),
        RecruitmentViews.position(p, null));
  }

  /** Corrects the declaration and answers; a returned application is submitted again. */
  public ApplicationView revise(Actor actor, long id, ApplicationForm form) {
    Application a = own(actor, id);
    Recruitment r = recruitments.find(a.recruitmentId()).orElseThrow();
    ApplicationWrites.requireOpen(r);
    if (form == null || form.positionId() != null && form.positionId() != a.positionId()) {
      throw InvalidInputException.of(
          "positionId",
          "position.fixed",
          "An application keeps its position; withdraw it and apply to the other one");
    }
    Position p = recruitments.position(a.positionId()).orElseThrow();
    Checks checks = new Checks();
    Declaration declaration = ApplicationChecks.declaration(checks, form);
    Map<String, String> answers = ApplicationChecks.answers(checks, form, p);
    checks.throwIfAny();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    EventKind kind = a.revise(declaration, answers, now);
    applications.add(new ApplicationEvent(a.id(), kind, now, a.candidateId(), null));
    guard.record(
        guard
            .entry(actor, "application." + kind.name().toLowerCase(java.util.Locale.ROOT))
            .target("application", String.valueOf(id)));
    return views.view(a, false);
  }

  /** Withdraws (撤回); the candidate may then apply again. */
  public ApplicationView withdraw(Actor actor, long id) {
    Application a = own(actor, id);
    ApplicationWrites.requireOpen(recruitments.find(a.recruitmentId()).orElseThrow());
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    a.withdraw(now);
    applications.add(new ApplicationEvent(a.id(), EventKind.WITHDRAWN, now, a.candidateId(), null));
    guard.record(
        guard.entry(actor, "application.withdrawn").target("application", String.valueOf(id)));
    return views.view(a, false);
  }

  private Application own(Actor actor, long id) {
    return applications.owned(guard.candidate(actor), id);
  }
}
