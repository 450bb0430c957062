package org.zhaokao.content.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.zhaokao.content.domain.page.PageKind;
import org.zhaokao.content.domain.page.Pages;
import org.zhaokao.platform.validation.RecordNotFoundException;

/**
 * What the public sees of the site content: the published copy of each page, never a draft — the
 * operating guides, the FAQ (with a search over questions and answers), the support channels and
 * the home notice.
 */
@Stateless
public class PublicContent {

  @Inject private Pages pages;

  public List<PublishedPage> pages(PageKind kind) {
    return pages.published(kind).stream().map(PublishedPage::of).toList();
  }

  /** Every published guide, in the order of the phases. */
  public List<PublishedPage> guides() {
    return Stream.of(PageKind.values())
        .filter(PageKind::guide)
        .flatMap(k -> pages(k).stream())
        .toList();
  }

  /**
   * FAQ entries whose question or answer text contains every word of {@code query} (case
   * insensitive; markup is not searched); all of them for a blank query.
   */
  public List<PublishedPage> faq(String query) {
    List<String> words =
        query == null || query.isBlank()
            ? List.of()
            : List.of(query.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    return pages(PageKind.FAQ).stream()
        .filter(
            p -> {
              String text =
                  (p.title() + " " + p.bodyHtml().replaceAll("<[^>]*>", " "))
                      .toLowerCase(Locale.ROOT);
              return words.stream().allMatch(text::contains);
            })
        .toList();
  }

  /** One published page; 404 for a page never published. */
  public PublishedPage page(long id) {
    return pages
        .find(id)
        .filter(p -> p.publishedVersion() > 0)
        .map(PublishedPage::of)
        .orElseThrow(() -> new RecordNotFoundException("content-page", id));
  }
}
