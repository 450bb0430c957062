package org.zhaokao.content.domain.page;

import java.util.List;
import java.util.Optional;

/** Repository of content pages and their published versions. */
public interface Pages {

  Optional<ContentPage> find(long id);

  /** Every page, by kind and order. */
  List<ContentPage> all();

  /** Pages of one kind that have been published, by order. */
  List<ContentPage> published(PageKind kind);

  ContentPage add(ContentPage page);

  void addVersion(PageVersion version);

  /** A page's versions, newest first. */
  List<PageVersion> versions(long pageId);

  Optional<PageVersion> version(long pageId, int number);
}
