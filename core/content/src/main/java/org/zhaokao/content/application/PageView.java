package org.zhaokao.content.application;

import java.time.OffsetDateTime;
import org.zhaokao.content.domain.page.ContentPage;
import org.zhaokao.content.domain.page.PageKind;
import org.zhaokao.content.domain.page.PageStatus;

/**
 * A page as the console sees it: the working copy with its review state, and what the site shows.
 *
 * @param publishedVersion 0 while never published
 */
public record PageView(
    long id,
    PageKind kind,
    int sortOrder,
    PageStatus status,
    String title,
    String bodyHtml,
    long authorId,
    String reviewNote,
    int publishedVersion,
    String publishedTitle,
    String publishedBodyHtml,
    OffsetDateTime updatedAt) {

  static PageView of(ContentPage p) {
    return new PageView(
        p.id(),
        p.kind(),
        p.sortOrder(),
        p.status(),
        p.draftTitle(),
        p.draftBody(),
        p.authorId(),
        p.reviewNote().orElse(null),
        p.publishedVersion(),
        p.publishedTitle().orElse(null),
        p.publishedBody().orElse(null),
        p.updatedAt());
  }
}
