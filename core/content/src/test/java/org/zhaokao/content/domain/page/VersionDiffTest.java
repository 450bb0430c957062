package org.zhaokao.content.domain.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhaokao.content.domain.page.VersionDiff.Change;
import org.zhaokao.content.domain.page.VersionDiff.Line;

class VersionDiffTest {

  @Test
  void marksTheParagraphsThatChanged() {
    List<Line> lines =
        VersionDiff.between(
            "笔试指南", "<p>提前30分钟入场。</p><p>携带身份证。</p>",
            "笔试指南", "<p>提前45分钟入场。</p><p>携带身份证。</p><p>禁止携带手机。</p>");
    assertEquals(
        List.of(
            new Line(Change.SAME, "笔试指南"),
            new Line(Change.REMOVED, "<p>提前30分钟入场。</p>"),
            new Line(Change.ADDED, "<p>提前45分钟入场。</p>"),
            new Line(Change.SAME, "<p>携带身份证。</p>"),
            new Line(Change.ADDED, "<p>禁止携带手机。</p>")),
        lines);
  }

  @Test
  void aChangedTitleShows() {
    List<Line> lines = VersionDiff.between("旧标题", "<p>x</p>", "新标题", "<p>x</p>");
    assertEquals(new Line(Change.REMOVED, "旧标题"), lines.get(0));
    assertEquals(new Line(Change.ADDED, "新标题"), lines.get(1));
    assertEquals(new Line(Change.SAME, "<p>x</p>"), lines.get(2));
  }

  @Test
  void identicalVersionsAreAllSame() {
    assertEquals(
        List.of(new Line(Change.SAME, "t"), new Line(Change.SAME, "<p>a</p>")),
        VersionDiff.between("t", "<p>a</p>", "t", "<p>a</p>"));
  }
}
