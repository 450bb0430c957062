package org.zhaokao.recruitment.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.domain.application.Application;
import org.zhaokao.recruitment.domain.application.ApplicationStatus;
import org.zhaokao.recruitment.domain.application.Applications;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/**
 * Reminds the candidates whose application was returned and is still uncorrected that the window
 * closes soon (报名截止提醒): every hour for the recruitments closing within a day, or at once for one
 * recruitment when a reviewer asks. A candidate gets one reminder per window whoever asks and
 * however often (the notification's idempotency key).
 */
@Stateless
public class ReturnedReminders {

  /** How long before the window closes the hourly sweep reminds. */
  static final Duration AHEAD = Duration.ofHours(24);

  private static final int PAGE = 200;

  @Inject private Applications applications;
  @Inject private Recruitments recruitments;
  @Inject private ReturnNotices notices;
  @Inject private ReviewAccess access;
  @Inject private Guard guard;

  /**
   * What a reminder run did.
   *
   * @param reminded the candidates asked to correct their application
   */
  public record Reminded(int reminded) {}

  /** A reviewer reminds the returned candidates of one recruitment now. */
  public Reminded remind(Actor actor, long recruitmentId) {
    Recruitment r = access.recruitment(actor, recruitmentId);
    if (!r.takesApplicationsAt(java.time.Instant.now())) {
      throw new ConflictException(
          "window-closed", "Recruitment " + r.code() + " takes no applications now");
    }
    int n = remindAll(r);
    guard.record(
        guard
            .entry(actor, "application.review.reminded")
            .target("recruitment", String.valueOf(recruitmentId))
            .detail("candidates", String.valueOf(n)));
    return new Reminded(n);
  }

  /** The hourly sweep: every recruitment whose window closes within {@link #AHEAD}. */
  public Reminded sweep() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    int n = 0;
    for (Recruitment r : recruitments.closingBetween(now, now.plus(AHEAD))) {
      n += remindAll(r);
    }
    return new Reminded(n);
  }

  private int remindAll(Recruitment r) {
    int n = 0;
    for (int page = 0; ; page++) {
      List<Application> returned =
          applications.queue(r.id(), null, ApplicationStatus.RETURNED, page, PAGE);
      returned.forEach(a -> notices.remind(a, r));
      n += returned.size();
      if (returned.size() < PAGE) {
        return n;
      }
    }
  }
}
