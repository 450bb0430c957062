package org.zhaokao.content.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.zhaokao.content.domain.page.ContentPage;
import org.zhaokao.content.domain.page.PageStatus;
import org.zhaokao.content.domain.page.PageVersion;
import org.zhaokao.content.domain.page.Pages;
import org.zhaokao.content.domain.page.VersionDiff;
import org.zhaokao.platform.validation.Checks;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.application.Guard;

/**
 * Editors write site content (网站内容编辑): create a page, change its working copy, submit it for the
 * information review, read its versions and their differences, and roll back to an earlier version
 * — which makes a new draft that goes through the review again. Needs {@code content:edit}; every
 * change is audited.
 */
@Stateless
public class PageEditing {

  /** Longest body kept, in characters after cleaning. */
  static final int MAX_BODY = 100_000;

  @Inject private Pages pages;
  @Inject private Guard guard;

  /** A new draft. 422 naming each refused field. */
  public PageView create(Actor actor, PageForm form) {
    guard.require(actor, ContentPermissions.EDIT, "content-page", "");
    Checks checks = new Checks();
    String body = check(checks, form);
    checks.throwIfAny();
    ContentPage page =
        pages.add(
            new ContentPage(
                form.kind(),
                order(form),
                TextInput.plain(form.title()),
                body,
                actor.accountId(),
                now()));
    guard.record(
        guard
            .entry(actor, "content.page.created")
            .target("content-page", "" + page.id())
            .detail("kind", page.kind().name()));
    return PageView.of(page);
  }

  /** Replaces the working copy; a submitted page goes back to draft (its kind stays). */
  public PageView update(Actor actor, long id, PageForm form) {
    guard.require(actor, ContentPermissions.EDIT, "content-page", "" + id);
    ContentPage page = page(id);
    Checks checks = new Checks();
    String body =
        check(checks, new PageForm(page.kind(), form.sortOrder(), form.title(), form.bodyHtml()));
    checks.throwIfAny();
    page.write(order(form), TextInput.plain(form.title()), body, actor.accountId(), now());
    guard.record(guard.entry(actor, "content.page.updated").target("content-page", "" + id));
    return PageView.of(page);
  }

  /** DRAFT → SUBMITTED; 409 unless a draft. */
  public PageView submit(Actor actor, long id) {
    guard.require(actor, ContentPermissions.EDIT, "content-page", "" + id);
    ContentPage page = page(id);
    if (page.status() != PageStatus.DRAFT) {
      throw new ConflictException("page-not-draft", "Only a draft can be submitted for review");
    }
    page.submit(actor.accountId(), now());
    guard.record(guard.entry(actor, "content.page.submitted").target("content-page", "" + id));
    return PageView.of(page);
  }

  /**
   * A new draft with the title and body of version {@code number}; the site keeps showing the
   * current version until a second person approves the rollback.
   */
  public PageView rollback(Actor actor, long id, int number) {
    guard.require(actor, ContentPermissions.EDIT, "content-page", "" + id);
    ContentPage page = page(id);
    PageVersion v = version(id, number);
    page.write(page.sortOrder(), v.title(), v.body(), actor.accountId(), now());
    guard.record(
        guard
            .entry(actor, "content.page.rolled-back")
            .target("content-page", "" + id)
            .detail("toVersion", "" + number));
    return PageView.of(page);
  }

  public List<PageView> list(Actor actor) {
    requireReader(actor);
    return pages.all().stream().map(PageView::of).toList();
  }

  public PageView view(Actor actor, long id) {
    requireReader(actor);
    return PageView.of(page(id));
  }

  /** The page's published versions, newest first. */
  public List<VersionView> versions(Actor actor, long id) {
    requireReader(actor);
    page(id);
    return pages.versions(id).stream().map(VersionView::of).toList();
  }

  /** The lines of version {@code from} against version {@code to}. */
  public List<VersionDiff.Line> diff(Actor actor, long id, int from, int to) {
    requireReader(actor);
    PageVersion a = version(id, from);
    PageVersion b = version(id, to);
    return VersionDiff.between(a.title(), a.body(), b.title(), b.body());
  }

  private void requireReader(Actor actor) {
    if (!actor.isPermitted(ContentPermissions.PUBLISH)) {
      guard.require(actor, ContentPermissions.EDIT, "content-page", "");
    }
  }

  private PageVersion version(long id, int number) {
    return pages
        .version(id, number)
        .orElseThrow(() -> new RecordNotFoundException("content-version", number));
  }

  private ContentPage page(long id) {
    return pages.find(id).orElseThrow(() -> new RecordNotFoundException("content-page", id));
  }

  private static String check(Checks checks, PageForm form) {
    checks.require(form.kind() != null, "kind", "required", "Required");
    checks.require(
        form.sortOrder() == null || form.sortOrder() >= 0 && form.sortOrder() <= 9999,
        "sortOrder",
        "sortOrder",
        "A number from 0 to 9999");
    TextInput.text(checks, "title", form.title(), 200);
    return TextInput.rich(checks, "bodyHtml", form.bodyHtml(), MAX_BODY);
  }

  private static int order(PageForm form) {
    return form.sortOrder() == null ? 0 : form.sortOrder();
  }

  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
