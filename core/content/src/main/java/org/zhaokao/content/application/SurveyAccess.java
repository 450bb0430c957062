package org.zhaokao.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zhaokao.content.domain.survey.Survey;
import org.zhaokao.content.domain.survey.Surveys;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.plugins.api.audit.AuditResult;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.application.Guard;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/**
 * Object-level checks of the survey use cases: a permission holds for a recruitment when the actor
 * has it globally, for the recruitment's employer or for the recruitment. A recruitment the actor
 * may not even look at is answered 404, so other employers' ids stay unknown.
 */
@ApplicationScoped
public class SurveyAccess {

  @Inject private Recruitments recruitments;
  @Inject private Surveys surveys;
  @Inject private Guard guard;

  /** The recruitment if the actor holds {@code permission} on it. */
  public Recruitment recruitment(Actor actor, long recruitmentId, String permission) {
    Recruitment r =
        recruitments
            .find(recruitmentId)
            .orElseThrow(() -> new RecordNotFoundException("recruitment", recruitmentId));
    if (Guard.mayOn(actor, permission, r.employerId(), recruitmentId)) {
      return r;
    }
    boolean sees =
        Guard.mayOn(actor, ContentPermissions.SURVEY_VIEW, r.employerId(), recruitmentId)
            || Guard.mayOn(actor, ContentPermissions.SURVEY_MANAGE, r.employerId(), recruitmentId);
    if (!sees) {
      guard.record(
          guard
              .entry(actor, "authz.denied")
              .target("recruitment", "" + recruitmentId)
              .result(AuditResult.DENIED)
              .detail("permission", permission));
      throw new RecordNotFoundException("recruitment", recruitmentId);
    }
    throw guard.deny(actor, permission, "recruitment", "" + recruitmentId);
  }

  /** The survey if the actor holds {@code permission} on its recruitment. */
  public Survey survey(Actor actor, long surveyId, String permission) {
    Survey s =
        surveys.find(surveyId).orElseThrow(() -> new RecordNotFoundException("survey", surveyId));
    recruitment(actor, s.recruitmentId(), permission);
    return s;
  }
}
