package org.zhaokao.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import org.zhaokao.identity.application.AccountLanguages;
import org.zhaokao.identity.application.CandidateProfile;
import org.zhaokao.identity.application.CandidateProfiles;
import org.zhaokao.plugins.api.notify.NotificationRequest;
import org.zhaokao.plugins.api.notify.Notifier;
import org.zhaokao.plugins.api.notify.Recipient;
import org.zhaokao.recruitment.domain.application.Application;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/**
 * Tells a candidate that the review returned the application, and reminds them before the window
 * closes while it is still uncorrected — in the candidate's language, once per return (the
 * idempotency key names the return's time) and once per reminder per window.
 */
@Dependent
class ReturnNotices {

  private static final DateTimeFormatter CLOSES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @EJB private Notifier notifier;
  @EJB private CandidateProfiles profiles;
  @EJB private AccountLanguages languages;
  @Inject private Recruitments recruitments;

  /** The review returned {@code a} for changes just now. */
  void returned(Application a, Recruitment r) {
    notifier.notify(
        request(RecruitmentTemplates.RETURNED, a, r, "returned:" + a.decision().at().orElseThrow())
            .parameter("reason", a.decisionReason().orElse(""))
            .build());
  }

  /** The window closes soon and {@code a}, returned, is not corrected yet. */
  void remind(Application a, Recruitment r) {
    notifier.notify(
        request(
                RecruitmentTemplates.RETURNED_REMINDER,
                a,
                r,
                "reminder:" + r.window().closesAt().toInstant())
            .build());
  }

  private NotificationRequest.Builder request(
      String event, Application a, Recruitment r, String occasion) {
    return NotificationRequest.builder(event, event + ":" + a.id() + ":" + occasion)
        .to(Recipient.account(String.valueOf(a.candidateId())))
        .locale(languages.of(a.candidateId()))
        .parameter("name", profiles.of(a.candidateId()).map(CandidateProfile::realName).orElse(""))
        .parameter("recruitment", r.title())
        .parameter("position", recruitments.position(a.positionId()).map(p -> p.title()).orElse(""))
        .parameter("closes", RecruitmentViews.china(r.window().closesAt()).format(CLOSES));
  }
}
