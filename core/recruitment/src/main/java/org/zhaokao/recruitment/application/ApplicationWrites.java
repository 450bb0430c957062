package org.zhaokao.recruitment.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.platform.validation.Checks;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.domain.application.Application;
import org.zhaokao.recruitment.domain.application.ApplicationEvent;
import org.zhaokao.recruitment.domain.application.Applications;
import org.zhaokao.recruitment.domain.application.Declaration;
import org.zhaokao.recruitment.domain.application.EventKind;
import org.zhaokao.recruitment.domain.application.Pledge;
import org.zhaokao.recruitment.domain.recruitment.Position;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/**
 * The transactions behind {@link ApplicationSubmission}: each call is its own transaction, so a
 * clash on a unique constraint rolls back only the attempt that lost.
 */
@Stateless
public class ApplicationWrites {

  @Inject private Recruitments recruitments;
  @Inject private Applications applications;
  @Inject private Blacklists blacklists;
  @Inject private ApplicationViews views;
  @Inject private Guard guard;

  /** The candidate's application made with this key, if any. */
  public Optional<ApplicationView> byKey(long candidateId, String key) {
    return applications.findByKey(candidateId, key).map(a -> views.view(a, false));
  }

  /** Whether the candidate has a live application in the position's recruitment. */
  public boolean hasLiveApplication(long candidateId, long positionId) {
    return recruitments
        .position(positionId)
        .flatMap(p -> applications.findLive(candidateId, p.recruitmentId()))
        .isPresent();
  }

  /**
   * Checks and inserts one application.
   *
   * @throws UniqueClash when a unique constraint refuses the row
   */
  public ApplicationView insert(Actor actor, long candidateId, String key, ApplicationForm form) {
    if (form.positionId() == null) {
      throw InvalidInputException.of("positionId", "required", "Choose a position");
    }
    Position position =
        recruitments
            .position(form.positionId())
            .orElseThrow(() -> new RecordNotFoundException("position", form.positionId()));
    Recruitment r =
        recruitments
            .find(position.recruitmentId())
            .filter(x -> x.status().visible())
            .orElseThrow(() -> new RecordNotFoundException("position", form.positionId()));
    requireOpen(r);
    Optional<Application> live = applications.findLive(candidateId, r.id());
    if (live.isPresent()) {
      // Made by a concurrent attempt with this very key since the caller looked: a replay.
      if (live.get().idempotencyKey().equals(key)) {
        throw new UniqueClash(null);
      }
      throw alreadyApplied();
    }
    blacklists
        .check(candidateId, r.employerId())
        .ifPresent(
            bar -> {
              guard.record(
                  guard
                      .entry(actor, "application.refused.blacklisted")
                      .target("recruitment", String.valueOf(r.id()))
                      .result(org.zhaokao.plugins.api.audit.AuditResult.DENIED));
              throw new ConflictException("blacklisted", bar.reason());
            });
    Checks checks = new Checks();
    checks.require(
        form.noticeVersion() != null
            && form.noticeVersion()
                == r.textVersion(org.zhaokao.recruitment.domain.recruitment.TextKind.NOTICE),
        "noticeVersion",
        "notice",
        "Read the current application notice (报名须知) first");
    checks.require(
        form.pledgeVersion() != null
            && form.pledgeVersion()
                == r.textVersion(org.zhaokao.recruitment.domain.recruitment.TextKind.PLEDGE),
        "pledgeVersion",
        "pledge",
        "Sign the current integrity pledge (诚信协议) first");
    Declaration declaration = ApplicationChecks.declaration(checks, form);
    Map<String, String> answers = ApplicationChecks.answers(checks, form, position);
    checks.throwIfAny();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Application a;
    try {
      a =
          applications.addNow(
              new Application(
                  r.id(),
                  position.id(),
                  candidateId,
                  key,
                  new Pledge(form.noticeVersion(), form.pledgeVersion(), now, actor.clientIp()),
                  declaration,
                  answers,
                  now));
    } catch (PersistenceException e) {
      throw new UniqueClash(e);
    }
    applications.add(new ApplicationEvent(a.id(), EventKind.SUBMITTED, now, candidateId, null));
    guard.record(
        guard
            .entry(actor, "application.submitted")
            .target("application", String.valueOf(a.id()))
            .detail("recruitment", String.valueOf(r.id()))
            .detail("position", position.code())
            .detail("noticeVersion", String.valueOf(form.noticeVersion()))
            .detail("pledgeVersion", String.valueOf(form.pledgeVersion())));
    return views.view(a, false);
  }

  static void requireOpen(Recruitment r) {
    if (!r.takesApplicationsAt(Instant.now())) {
      throw new ConflictException(
          "outside-window",
          "Applications to "
              + r.code()
              + " are taken from "
              + RecruitmentViews.china(r.window().opensAt())
              + " until "
              + RecruitmentViews.china(r.window().closesAt())
              + " (China Standard Time); not now");
    }
  }

  static ConflictException alreadyApplied() {
    return new ConflictException(
        "already-applied",
        "You already have an application to this recruitment; withdraw it to apply for another"
            + " position");
  }
}
