package org.zhaokao.content.domain.page;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The line-by-line difference of two versions of a page (版本对比), for the reviewer who decides on a
 * rollback. Rich text is cut into lines at its block ends (paragraphs, headings, list items, table
 * rows, line breaks) so a change shows as the paragraphs it touched.
 */
public final class VersionDiff {

  /** What happened to a line between the older and the newer version. */
  public enum Change {
    SAME,
    REMOVED,
    ADDED
  }

  /** One line of the comparison. */
  public record Line(Change change, String text) {}

  private VersionDiff() {}

  /** The lines of {@code older} and {@code newer} (title first), in order, each marked. */
  public static List<Line> between(
      String olderTitle, String older, String newerTitle, String newer) {
    List<String> a = lines(olderTitle, older);
    List<String> b = lines(newerTitle, newer);
    Patch<String> patch = DiffUtils.diff(a, b);
    List<Line> out = new ArrayList<>();
    int at = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int from = delta.getSource().getPosition();
      for (; at < from; at++) {
        out.add(new Line(Change.SAME, a.get(at)));
      }
      delta.getSource().getLines().forEach(l -> out.add(new Line(Change.REMOVED, l)));
      delta.getTarget().getLines().forEach(l -> out.add(new Line(Change.ADDED, l)));
      at = from + delta.getSource().size();
    }
    for (; at < a.size(); at++) {
      out.add(new Line(Change.SAME, a.get(at)));
    }
    return out;
  }

  static List<String> lines(String title, String html) {
    List<String> lines = new ArrayList<>();
    lines.add(title);
    String cut =
        html.replaceAll("(?i)(</(p|li|h[1-6]|tr|blockquote|pre|ul|ol|table)>|<br\\s*/?>)", "$1\n");
    Arrays.stream(cut.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).forEach(lines::add);
    return lines;
  }
}
