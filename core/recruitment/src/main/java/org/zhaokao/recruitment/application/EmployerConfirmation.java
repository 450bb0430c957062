package org.zhaokao.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.zhaokao.identity.application.CandidateProfile;
import org.zhaokao.identity.application.CandidateProfiles;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.plugins.api.notify.NotificationRequest;
import org.zhaokao.plugins.api.notify.Notifier;
import org.zhaokao.plugins.api.notify.Recipient;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.domain.application.Application;
import org.zhaokao.recruitment.domain.application.ApplicationEvent;
import org.zhaokao.recruitment.domain.application.ApplicationStatus;
import org.zhaokao.recruitment.domain.application.Applications;
import org.zhaokao.recruitment.domain.application.EventKind;
import org.zhaokao.recruitment.domain.recruitment.Position;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/**
 * The employer's confirmation of the review results (招考单位确认资格审核结果, SPEC F2). Reviewers send a
 * recruitment's decided applications to the employer ({@code application:review}); users of that
 * employer ({@code application:confirm} on it, nobody else's) confirm or dispute each decision with
 * a comment. A confirmed decision is published: the candidate sees it on the timeline and is
 * notified, and a confirmed approval gets its admission-ticket number ({@link AdmissionTickets}). A
 * disputed one is undone and goes back to the reviewer's queue with the comment. Every step is
 * audited.
 */
@Stateless
public class EmployerConfirmation {

  static final String CONFIRM = "application:confirm";
  static final String APPROVED_EVENT = "review.approved";
  static final String REJECTED_EVENT = "review.rejected";
  private static final int MAX_PAGE = 200;
  private static final int MAX_COMMENT = 1000;

  @Inject private Applications applications;
  @Inject private Recruitments recruitments;
  @Inject private ApplicationViews views;
  @Inject private Guard guard;
  @EJB private Notifier notifier;
  @EJB private CandidateProfiles profiles;
  @EJB private AdmissionTickets tickets;

  /**
   * What was sent.
   *
   * @param sent how many decisions are now before the employer
   */
  public record Sent(int sent) {}

  /**
   * Sends every approved or rejected application of the recruitment not yet before the employer
   * (including decisions made again after a dispute); with the second-level review on, only those a
   * second reviewer has checked.
   */
  public Sent send(Actor actor, long recruitmentId) {
    Recruitment r = recruitment(recruitmentId);
    if (!Guard.mayOn(actor, Review.REVIEW, r.employerId(), r.id())) {
      throw guard.deny(
          actor,
          Guard.onEmployer(Review.REVIEW, r.employerId()),
          "recruitment",
          "" + recruitmentId);
    }
    List<Application> decided =
        applications.decidedUnsent(r.id()).stream()
            .filter(a -> !r.secondReview() || a.secondReview().done())
            .toList();
    if (decided.isEmpty()) {
      throw new org.zhaokao.platform.validation.ConflictException(
          "nothing-to-confirm",
          "No decided application of "
              + r.code()
              + (r.secondReview() ? " has passed the second review and" : "")
              + " waits to be sent");
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    decided.forEach(a -> a.sendToEmployer(now));
    guard.record(
        guard
            .entry(actor, "application.review.sent-to-employer")
            .target("recruitment", String.valueOf(r.id()))
            .detail("employer", String.valueOf(r.employerId()))
            .detail("applications", String.valueOf(decided.size())));
    return new Sent(decided.size());
  }

  /** The recruitment's decisions waiting for the employer, oldest first. */
  public List<ApplicationView> awaiting(Actor actor, long recruitmentId, int page, int size) {
    Recruitment r = recruitment(recruitmentId);
    requireConfirmer(actor, r, "recruitment", r.id());
    if (page < 0 || size < 1 || size > MAX_PAGE) {
      throw InvalidInputException.of("size", "size", "page from 0, size 1 to " + MAX_PAGE);
    }
    return applications.awaitingConfirmation(r.id(), page, size).stream()
        .map(a -> views.view(a, true))
        .toList();
  }

  /** Confirms one decision and publishes it to the candidate. */
  public ApplicationView confirm(Actor actor, long applicationId, String comment) {
    Application a = application(applicationId);
    Recruitment r = recruitments.find(a.recruitmentId()).orElseThrow();
    requireConfirmer(actor, r, "application", a.id());
    String c = comment(comment, false);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    a.confirm(actor.accountId(), now, c);
    boolean approved = a.status() == ApplicationStatus.APPROVED;
    applications.add(
        new ApplicationEvent(
            a.id(),
            approved ? EventKind.APPROVED : EventKind.REJECTED,
            now,
            actor.accountId(),
            a.decisionReason().orElse(null)));
    if (approved) {
      tickets.issue(a, r, actor.accountId());
    }
    notifyCandidate(a, r, approved);
    audit(actor, a, "application.review.confirmed", c);
    return views.view(a, true);
  }

  /** Disputes one decision: it is undone and returns to the reviewer with the comment. */
  public ApplicationView dispute(Actor actor, long applicationId, String comment) {
    Application a = application(applicationId);
    Recruitment r = recruitments.find(a.recruitmentId()).orElseThrow();
    requireConfirmer(actor, r, "application", a.id());
    String c = comment(comment, true);
    String disputed = a.status().name();
    a.dispute(actor.accountId(), OffsetDateTime.now(ZoneOffset.UTC), c);
    guard.record(
        guard
            .entry(actor, "application.review.disputed")
            .target("application", String.valueOf(a.id()))
            .detail("recruitment", String.valueOf(a.recruitmentId()))
            .detail("decision", disputed)
            .detail("comment", c));
    return views.view(a, true);
  }

  private void notifyCandidate(Application a, Recruitment r, boolean approved) {
    Position p = recruitments.position(a.positionId()).orElseThrow();
    String name = profiles.of(a.candidateId()).map(CandidateProfile::realName).orElse("");
    NotificationRequest.Builder request =
        NotificationRequest.builder(
                approved ? APPROVED_EVENT : REJECTED_EVENT,
                "review-result:" + a.id() + ":" + a.employer().at().orElseThrow().toInstant())
            .to(Recipient.account(String.valueOf(a.candidateId())))
            .locale(Locale.SIMPLIFIED_CHINESE)
            .parameter("name", name)
            .parameter("recruitment", r.title())
            .parameter("position", p.title());
    if (!approved) {
      request.parameter("reason", a.decisionReason().orElse(""));
    }
    notifier.notify(request.build());
  }

  private void requireConfirmer(Actor actor, Recruitment r, String targetType, long targetId) {
    if (!Guard.mayOn(actor, CONFIRM, r.employerId(), r.id())) {
      throw guard.deny(
          actor, Guard.onEmployer(CONFIRM, r.employerId()), targetType, String.valueOf(targetId));
    }
  }

  private Recruitment recruitment(long id) {
    return recruitments.find(id).orElseThrow(() -> new RecordNotFoundException("recruitment", id));
  }

  private Application application(long id) {
    return applications.find(id).orElseThrow(() -> new RecordNotFoundException("application", id));
  }

  private static String comment(String comment, boolean required) {
    String c = comment == null ? null : comment.strip();
    if (c != null && c.isEmpty()) {
      c = null;
    }
    if (required && c == null || c != null && c.length() > MAX_COMMENT) {
      throw InvalidInputException.of(
          "comment",
          "comment",
          required
              ? "A dispute says why (at most " + MAX_COMMENT + " characters)"
              : "At most " + MAX_COMMENT + " characters",
          MAX_COMMENT);
    }
    return c;
  }

  private void audit(Actor actor, Application a, String action, String comment) {
    var entry =
        guard
            .entry(actor, action)
            .target("application", String.valueOf(a.id()))
            .detail("recruitment", String.valueOf(a.recruitmentId()))
            .detail("decision", a.status().name());
    if (comment != null) {
      entry.detail("comment", comment);
    }
    guard.record(entry);
  }
}
