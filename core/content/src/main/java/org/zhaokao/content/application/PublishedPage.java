package org.zhaokao.content.application;

import org.zhaokao.content.domain.page.ContentPage;
import org.zhaokao.content.domain.page.PageKind;

/** A page as the public sees it: the published copy only. */
public record PublishedPage(long id, PageKind kind, String title, String bodyHtml, int version) {

  static PublishedPage of(ContentPage p) {
    return new PublishedPage(
        p.id(),
        p.kind(),
        p.publishedTitle().orElseThrow(),
        p.publishedBody().orElseThrow(),
        p.publishedVersion());
  }
}
