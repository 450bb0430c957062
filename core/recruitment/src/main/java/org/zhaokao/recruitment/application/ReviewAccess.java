package org.zhaokao.recruitment.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.plugins.api.audit.AuditResult;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.domain.application.Application;
import org.zhaokao.recruitment.domain.application.Applications;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/**
 * Who may review what: {@code application:review} on the recruitment's employer or on the
 * recruitment. An application outside the actor's reach is "not found" (and the refusal audited),
 * so ids of other employers' applications reveal nothing.
 */
@Dependent
class ReviewAccess {

  static final String REVIEW = "application:review";

  @Inject private Applications applications;
  @Inject private Recruitments recruitments;
  @Inject private Guard guard;

  /** The recruitment, when the actor reviews it; 404 / 403 otherwise. */
  Recruitment recruitment(Actor actor, long recruitmentId) {
    Recruitment r =
        recruitments
            .find(recruitmentId)
            .orElseThrow(() -> new RecordNotFoundException("recruitment", recruitmentId));
    if (!Guard.mayOn(actor, REVIEW, r.employerId(), r.id())) {
      throw guard.deny(
          actor, Guard.onEmployer(REVIEW, r.employerId()), "recruitment", "" + recruitmentId);
    }
    return r;
  }

  /** The application with its recruitment, when the actor reviews that recruitment; else 404. */
  Reviewed application(Actor actor, long applicationId) {
    Application a =
        applications
            .find(applicationId)
            .orElseThrow(() -> new RecordNotFoundException("application", applicationId));
    Recruitment r = recruitments.find(a.recruitmentId()).orElseThrow();
    if (!Guard.mayOn(actor, REVIEW, r.employerId(), r.id())) {
      guard.record(
          guard
              .entry(actor, "authz.denied")
              .target("application", String.valueOf(applicationId))
              .result(AuditResult.DENIED)
              .detail("permission", REVIEW));
      throw new RecordNotFoundException("application", applicationId);
    }
    return new Reviewed(a, r);
  }

  /**
   * An application in review with its recruitment.
   *
   * @param application the application
   * @param recruitment its recruitment
   */
  record Reviewed(Application application, Recruitment recruitment) {}
}
