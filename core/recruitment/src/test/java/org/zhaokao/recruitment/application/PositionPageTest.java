package org.zhaokao.recruitment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PositionPageTest {

  private static PositionView position(int n, String title, String department, String major) {
    return new PositionView(
        n,
        1,
        String.format("%05d", n),
        title,
        department,
        1,
        new PositionForm.RequirementsForm(
            null, null, List.of(major), null, null, null, null, null, null, null),
        List.of(),
        3,
        List.of(),
        0L,
        0.0);
  }

  private static final List<PositionView> ALL =
      IntStream.rangeClosed(1, 120)
          .mapToObj(
              n ->
                  n % 10 == 0
                      ? position(n, "统计分析", "国家统计局杭州调查队", "Statistics")
                      : position(n, "综合管理", "税务局第" + n + "分局", "法学"))
          .toList();

  @Test
  void pagesThroughAllPositionsFiftyAtATimeByDefault() {
    PositionPage first = PositionPage.of(ALL, null, null, null);
    assertEquals(50, first.items().size());
    assertEquals(120, first.total());
    assertEquals(3, first.pages());
    assertEquals("00001", first.items().get(0).code());
    assertFalse(first.hasPrevious());
    assertTrue(first.hasNext());

    PositionPage last = PositionPage.of(ALL, "", 3, 50);
    assertEquals(20, last.items().size());
    assertEquals("00101", last.items().get(0).code());
    assertTrue(last.hasPrevious());
    assertFalse(last.hasNext());
  }

  @Test
  void searchMatchesCodeTitleDepartmentOrMajorIgnoringCaseAndSpaces() {
    assertEquals(12, PositionPage.of(ALL, " 统计 ", 1, 50).total());
    assertEquals(12, PositionPage.of(ALL, "statistics", 1, 50).total(), "a major, any case");
    assertEquals(1, PositionPage.of(ALL, "00077", 1, 50).total());
    assertEquals(1, PositionPage.of(ALL, "第7分局", 1, 50).total());
    PositionPage none = PositionPage.of(ALL, "飞行员", 1, 50);
    assertEquals(0, none.total());
    assertEquals(1, none.pages(), "an empty result is one empty page");
    assertTrue(none.items().isEmpty());
    assertEquals("统计", PositionPage.of(ALL, " 统计 ", 1, 50).query());
  }

  @Test
  void outOfRangePagesAndSizesFallBackToTheNearestSensibleOne() {
    assertEquals(3, PositionPage.of(ALL, null, 99, 50).page(), "past the end: the last page");
    assertEquals(1, PositionPage.of(ALL, null, -4, 50).page());
    assertEquals(PositionPage.DEFAULT_SIZE, PositionPage.of(ALL, null, 1, 0).size());
    assertEquals(PositionPage.MAX_SIZE, PositionPage.of(ALL, null, 1, 100_000).size());
    assertEquals(120, PositionPage.of(ALL, null, 1, 100_000).items().size());
  }
}
