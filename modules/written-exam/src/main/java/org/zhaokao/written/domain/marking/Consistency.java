package org.zhaokao.written.domain.marking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How consistently each marker scores (评分一致性): how many marks they gave, their mean score, and how
 * far their marks lie from the final scores of the settled tasks — on average (a marker who is
 * always harsh shows a negative deviation) and in absolute value.
 */
public final class Consistency {

  private Consistency() {}

  /** One submitted mark. */
  public record Scored(long markerId, long taskId, BigDecimal score) {}

  /**
   * One marker's figures; the deviations are empty (null) until a task they marked settles.
   *
   * @param compared how many of their marks have a final score to compare with
   */
  public record Line(
      long markerId,
      int marks,
      BigDecimal meanScore,
      int compared,
      BigDecimal meanDeviation,
      BigDecimal meanAbsoluteDeviation) {}

  /** The figures per marker, by marker id; {@code finals} holds the settled tasks' scores. */
  public static List<Line> of(List<Scored> marks, Map<Long, BigDecimal> finals) {
    Map<Long, List<Scored>> byMarker = new TreeMap<>();
    marks.forEach(m -> byMarker.computeIfAbsent(m.markerId(), k -> new ArrayList<>()).add(m));
    List<Line> out = new ArrayList<>();
    byMarker.forEach(
        (marker, list) -> {
          BigDecimal sum = BigDecimal.ZERO;
          BigDecimal dev = BigDecimal.ZERO;
          BigDecimal abs = BigDecimal.ZERO;
          int compared = 0;
          for (Scored s : list) {
            sum = sum.add(s.score());
            BigDecimal fin = finals.get(s.taskId());
            if (fin != null) {
              BigDecimal d = s.score().subtract(fin);
              dev = dev.add(d);
              abs = abs.add(d.abs());
              compared++;
            }
          }
          out.add(
              new Line(
                  marker,
                  list.size(),
                  mean(sum, list.size()),
                  compared,
                  compared == 0 ? null : mean(dev, compared),
                  compared == 0 ? null : mean(abs, compared)));
        });
    return out;
  }

  private static BigDecimal mean(BigDecimal sum, int n) {
    return sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
  }
}
