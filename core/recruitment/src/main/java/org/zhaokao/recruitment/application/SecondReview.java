package org.zhaokao.recruitment.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.domain.application.Application;
import org.zhaokao.recruitment.domain.application.Applications;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;

/**
 * The optional second-level review (复审, SPEC F2): when a recruitment asks for it, each approval or
 * rejection is checked by another reviewer before it goes to the employer. The checker agrees, or
 * overrules with a comment, which puts the application back in the queue. Turned on or off by
 * whoever edits the recruitment, until its stages begin; every step is audited.
 */
@Stateless
public class SecondReview {

  private static final int MAX_PAGE = 200;

  @Inject private Applications applications;
  @Inject private ApplicationViews views;
  @Inject private Guard guard;
  @Inject private ReviewAccess access;

  /**
   * The review's settings for a recruitment.
   *
   * @param secondReview whether decisions need a second reviewer
   */
  public record Settings(boolean secondReview) {}

  /**
   * A second reviewer's verdict.
   *
   * @param agree true to let the decision go to the employer, false to overrule it
   * @param comment why it is overruled (required then), or a note
   */
  public record CheckForm(Boolean agree, String comment) {}

  public Settings settings(Actor actor, long recruitmentId) {
    return new Settings(access.recruitment(actor, recruitmentId).secondReview());
  }

  /** Turns the second review on or off (needs {@code recruitment:edit} on the employer). */
  public Settings configure(Actor actor, long recruitmentId, Settings settings) {
    Recruitment r = access.recruitment(actor, recruitmentId);
    guard.require(
        actor,
        Guard.onEmployer(RecruitmentAccess.EDIT, r.employerId()),
        "recruitment",
        String.valueOf(recruitmentId));
    if (settings == null) {
      throw InvalidInputException.of("secondReview", "required", "true or false");
    }
    r.secondReview(settings.secondReview());
    guard.record(
        guard
            .entry(
                actor,
                "application.review.second-review." + (settings.secondReview() ? "on" : "off"))
            .target("recruitment", String.valueOf(recruitmentId)));
    return new Settings(r.secondReview());
  }

  /** A page of the decisions waiting for the second review, oldest decision first. */
  public List<ApplicationView> awaiting(Actor actor, long recruitmentId, int page, int size) {
    Recruitment r = access.recruitment(actor, recruitmentId);
    if (page < 0 || size < 1 || size > MAX_PAGE) {
      throw InvalidInputException.of("size", "size", "page from 0, size 1 to " + MAX_PAGE);
    }
    return applications.awaitingCheck(r.id(), page, size).stream()
        .map(a -> views.view(a, true))
        .toList();
  }

  /**
   * The second reviewer's verdict on one decision. 409 when the recruitment has no second review,
   * the decision is not waiting for one, or the checker made the decision.
   */
  public ApplicationView check(Actor actor, long applicationId, CheckForm form) {
    ReviewAccess.Reviewed reviewed = access.application(actor, applicationId);
    Application a = reviewed.application();
    if (!reviewed.recruitment().secondReview()) {
      throw new ConflictException(
          "no-second-review",
          "Recruitment " + reviewed.recruitment().code() + " has no second review");
    }
    if (form == null || form.agree() == null) {
      throw InvalidInputException.of("agree", "required", "true to agree, false to overrule");
    }
    String comment = form.comment() == null ? null : form.comment().strip();
    if (comment != null && comment.length() > 1000) {
      throw InvalidInputException.of("comment", "length", "At most 1000 characters");
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    if (form.agree()) {
      a.check(actor.accountId(), now);
    } else {
      if (comment == null || comment.isEmpty()) {
        throw InvalidInputException.of(
            "comment", "required", "An overruled decision states why, for the first reviewer");
      }
      a.overrule(actor.accountId(), now, comment);
    }
    var entry =
        guard
            .entry(actor, "application.review." + (form.agree() ? "checked" : "overruled"))
            .target("application", String.valueOf(applicationId))
            .detail("recruitment", String.valueOf(a.recruitmentId()));
    if (comment != null && !comment.isEmpty()) {
      entry.detail("comment", comment);
    }
    guard.record(entry);
    return views.view(a, true);
  }
}
