package org.zhaokao.recruitment.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.domain.application.Application;
import org.zhaokao.recruitment.domain.application.ApplicationEvent;
import org.zhaokao.recruitment.domain.application.ApplicationStatus;
import org.zhaokao.recruitment.domain.application.Applications;
import org.zhaokao.recruitment.domain.application.EventKind;
import org.zhaokao.recruitment.domain.application.ReviewReason;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;

/**
 * The eligibility review (资格审核, SPEC F2): the queue per recruitment with the requirement check's
 * flags beside each application, and the decisions — approve, reject or return for changes, both of
 * the latter with a reason the candidate reads; bulk approval. Needs {@code application:review} on
 * the recruitment's employer (or the recruitment itself); every decision is audited.
 */
@Stateless
public class Review {

  static final String REVIEW = ReviewAccess.REVIEW;
  private static final int MAX_PAGE = 200;

  @Inject private Applications applications;
  @Inject private ApplicationViews views;
  @Inject private Guard guard;
  @Inject private ReviewAccess access;
  @Inject private ReturnNotices notices;

  /**
   * A reason template.
   *
   * @param code code
   * @param zh Chinese text (what candidates read)
   * @param en English text
   */
  public record Reason(String code, String zh, String en) {}

  /**
   * What a bulk approval did.
   *
   * @param approved the applications approved
   * @param skipped the others, with why
   */
  public record BulkResult(List<Long> approved, Map<Long, String> skipped) {}

  /**
   * A page of the queue, oldest submission first.
   *
   * @param positionId one position, or null
   * @param status one status, or null for all
   */
  public List<ApplicationView> queue(
      Actor actor, long recruitmentId, Long positionId, String status, int page, int size) {
    Recruitment r = reviewable(actor, recruitmentId);
    ApplicationStatus s = null;
    if (status != null && !status.isBlank()) {
      try {
        s = ApplicationStatus.valueOf(status);
      } catch (IllegalArgumentException e) {
        throw InvalidInputException.of(
            "status", "status", "One of " + List.of(ApplicationStatus.values()));
      }
    }
    if (page < 0 || size < 1 || size > MAX_PAGE) {
      throw InvalidInputException.of("size", "size", "page from 0, size 1 to " + MAX_PAGE);
    }
    return applications.queue(r.id(), positionId, s, page, size).stream()
        .map(a -> views.view(a, true))
        .toList();
  }

  /** Decides one application. 404 when it is not in a recruitment the actor reviews. */
  public ApplicationView decide(Actor actor, long applicationId, DecisionForm form) {
    ReviewAccess.Reviewed reviewed = access.application(actor, applicationId);
    Application a = reviewed.application();
    if (form == null || form.decision() == null) {
      throw InvalidInputException.of("decision", "decision", "APPROVE, REJECT or RETURN");
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    long me = actor.accountId();
    EventKind kind;
    String reason = null;
    switch (form.decision()) {
      case "APPROVE" -> {
        a.approve(me, now);
        kind = EventKind.APPROVED;
      }
      case "REJECT" -> {
        reason = reason(form);
        a.reject(me, now, reason);
        kind = EventKind.REJECTED;
      }
      case "RETURN" -> {
        reason = reason(form);
        a.returnForChanges(me, now, reason);
        kind = EventKind.RETURNED;
      }
      default ->
          throw InvalidInputException.of("decision", "decision", "APPROVE, REJECT or RETURN");
    }
    record(actor, reviewed.recruitment(), a, kind, reason, now);
    return views.view(a, true);
  }

  /** Approves every listed application that is submitted and belongs to the recruitment. */
  public BulkResult approveAll(Actor actor, long recruitmentId, List<Long> ids) {
    Recruitment r = reviewable(actor, recruitmentId);
    if (ids == null || ids.isEmpty() || ids.size() > MAX_PAGE) {
      throw InvalidInputException.of("applicationIds", "ids", "1 to " + MAX_PAGE + " ids");
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    List<Long> approved = new ArrayList<>();
    Map<Long, String> skipped = new LinkedHashMap<>();
    for (Long id : ids) {
      Application a = id == null ? null : applications.find(id).orElse(null);
      if (a == null || a.recruitmentId() != r.id()) {
        skipped.put(id, "not an application of this recruitment");
      } else if (a.status() != ApplicationStatus.SUBMITTED) {
        skipped.put(id, "is " + a.status());
      } else {
        a.approve(actor.accountId(), now);
        record(actor, r, a, EventKind.APPROVED, null, now);
        approved.add(id);
      }
    }
    return new BulkResult(approved, skipped);
  }

  public List<Reason> reasons() {
    return applications.reasons().stream()
        .map(x -> new Reason(x.code(), x.textZh(), x.textEn()))
        .toList();
  }

  private Recruitment reviewable(Actor actor, long recruitmentId) {
    return access.recruitment(actor, recruitmentId);
  }

  private String reason(DecisionForm form) {
    StringBuilder text = new StringBuilder();
    if (form.reasonCode() != null && !form.reasonCode().isBlank()) {
      ReviewReason template =
          applications
              .reason(form.reasonCode())
              .orElseThrow(
                  () -> InvalidInputException.of("reasonCode", "reasonCode", "No such template"));
      text.append(template.textZh());
    }
    if (form.reason() != null && !form.reason().isBlank()) {
      text.append(text.length() > 0 ? "；" : "").append(form.reason().trim());
    }
    if (text.length() == 0 || text.length() > 1000) {
      throw InvalidInputException.of(
          "reason", "reason", "A rejection or return states its reason (at most 1000 characters)");
    }
    return text.toString();
  }

  private void record(
      Actor actor,
      Recruitment r,
      Application a,
      EventKind kind,
      String reason,
      OffsetDateTime now) {
    if (kind == EventKind.RETURNED) {
      // A return asks the candidate at once; an approval or rejection reaches the candidate's
      // timeline when the employer confirms it (EmployerConfirmation).
      applications.add(new ApplicationEvent(a.id(), kind, now, actor.accountId(), reason));
      notices.returned(a, r);
    }
    var entry =
        guard
            .entry(actor, "application.review." + kind.name().toLowerCase(java.util.Locale.ROOT))
            .target("application", String.valueOf(a.id()))
            .detail("recruitment", String.valueOf(a.recruitmentId()));
    if (reason != null) {
      entry.detail("reason", reason);
    }
    guard.record(entry);
  }
}
