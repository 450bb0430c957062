package org.zhaokao.content.domain.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ContentPageTest {

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-27T10:00:00Z");

  @Test
  void neitherAuthorNorSubmitterReviews() {
    ContentPage p = new ContentPage(PageKind.FAQ, 0, "问", "<p>答</p>", 7, NOW);
    p.submit(8, NOW);
    assertFalse(p.reviewableBy(7));
    assertFalse(p.reviewableBy(8));
    assertTrue(p.reviewableBy(9));
  }

  /** A page as the repository returns it, with its id. */
  private static ContentPage stored() throws ReflectiveOperationException {
    ContentPage p = new ContentPage(PageKind.FAQ, 0, "问", "<p>答</p>", 7, NOW);
    var id = ContentPage.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(p, 41L);
    return p;
  }

  @Test
  void approvalPublishesTheWorkingCopyAsTheNextVersion() throws ReflectiveOperationException {
    ContentPage p = stored();
    p.submit(7, NOW);
    PageVersion v = p.approve(9, "ACCURATE", NOW);
    assertEquals(1, v.number());
    assertEquals(41L, v.pageId());
    assertEquals(PageStatus.PUBLISHED, p.status());
    assertEquals("<p>答</p>", p.publishedBody().orElseThrow());
    p.write(0, "问2", "<p>答2</p>", 7, NOW);
    assertEquals("<p>答</p>", p.publishedBody().orElseThrow(), "the site keeps version 1");
    p.submit(7, NOW);
    assertEquals(2, p.approve(9, "ACCURATE", NOW).number());
  }

  @Test
  void onlyASubmittedPageIsDecided() {
    ContentPage p = new ContentPage(PageKind.FAQ, 0, "问", "<p>答</p>", 7, NOW);
    assertThrows(IllegalStateException.class, () -> p.approve(9, "", NOW));
    assertThrows(IllegalStateException.class, () -> p.reject("x", NOW));
  }
}
