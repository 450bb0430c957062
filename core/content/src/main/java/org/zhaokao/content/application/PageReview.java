package org.zhaokao.content.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhaokao.content.domain.page.ContentPage;
import org.zhaokao.content.domain.page.PageStatus;
import org.zhaokao.content.domain.page.PageVersion;
import org.zhaokao.content.domain.page.Pages;
import org.zhaokao.content.domain.page.ReviewCriterion;
import org.zhaokao.platform.validation.Checks;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.application.Guard;

/**
 * The information review of site content (信息审核, SPEC S3): a person holding {@code content:publish}
 * who neither wrote nor submitted the draft approves it — confirming every stated {@link
 * ReviewCriterion} — and it is published as the next version, or rejects it naming the criteria it
 * fails, with a note for the author.
 */
@Stateless
public class PageReview {

  @Inject private Pages pages;
  @Inject private Guard guard;

  /** The criteria a reviewer states, in order. */
  public List<ReviewCriterion> criteria() {
    return List.of(ReviewCriterion.values());
  }

  /** SUBMITTED → PUBLISHED as a new version. 403 for the author or submitter. */
  public PageView approve(Actor actor, long id, ReviewDecision decision) {
    ContentPage page = reviewable(actor, id);
    Set<ReviewCriterion> confirmed = criteria(decision);
    Checks checks = new Checks();
    checks.require(
        confirmed.equals(EnumSet.allOf(ReviewCriterion.class)),
        "criteria",
        "criteria.all",
        "Confirm every review criterion: " + Arrays.toString(ReviewCriterion.values()));
    checks.throwIfAny();
    PageVersion v =
        page.approve(
            actor.accountId(),
            confirmed.stream().map(Enum::name).collect(Collectors.joining(",")),
            PageEditing.now());
    pages.addVersion(v);
    guard.record(
        guard
            .entry(actor, "content.page.published")
            .target("content-page", "" + id)
            .detail("version", "" + v.number()));
    return PageView.of(page);
  }

  /** SUBMITTED → DRAFT, naming the failed criteria and saying why. */
  public PageView reject(Actor actor, long id, ReviewDecision decision) {
    ContentPage page = reviewable(actor, id);
    Set<ReviewCriterion> failed = criteria(decision);
    String note = decision == null ? "" : TextInput.plain(decision.note());
    Checks checks = new Checks();
    checks.require(!failed.isEmpty(), "criteria", "criteria.failed", "Name the failed criteria");
    TextInput.text(checks, "note", note, 1000);
    checks.throwIfAny();
    page.reject(note, PageEditing.now());
    guard.record(
        guard
            .entry(actor, "content.page.rejected")
            .target("content-page", "" + id)
            .detail("criteria", failed.toString())
            .detail("note", note));
    return PageView.of(page);
  }

  private ContentPage reviewable(Actor actor, long id) {
    guard.require(actor, ContentPermissions.PUBLISH, "content-page", "" + id);
    ContentPage page =
        pages.find(id).orElseThrow(() -> new RecordNotFoundException("content-page", id));
    if (page.status() != PageStatus.SUBMITTED) {
      throw new ConflictException("page-not-submitted", "The page is not waiting for review");
    }
    if (!page.reviewableBy(actor.accountId())) {
      throw guard.deny(actor, "content:publish (four eyes)", "content-page", "" + id);
    }
    return page;
  }

  private static Set<ReviewCriterion> criteria(ReviewDecision decision) {
    Set<ReviewCriterion> set = EnumSet.noneOf(ReviewCriterion.class);
    if (decision == null || decision.criteria() == null) {
      return set;
    }
    Checks checks = new Checks();
    for (String c : decision.criteria()) {
      try {
        set.add(ReviewCriterion.valueOf(String.valueOf(c)));
      } catch (IllegalArgumentException e) {
        checks.require(false, "criteria", "criteria.unknown", "Unknown criterion " + c);
      }
    }
    checks.throwIfAny();
    return set;
  }
}
