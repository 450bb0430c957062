package org.zhaokao.web.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.zhaokao.pipeline.application.flow.ResultLine;

/**
 * A stage's scores in ten equal bands from 0 to the stage's full score (分数段), split into those the
 * rule advances and the rest: what the results chart shows, so staff and the employer see where the
 * cut line falls before confirming. Lines without a score (absent, pending) are left out; a stage
 * without a full score uses its best score.
 */
public final class ScoreBands {

  /** How many bands the range is cut into. */
  public static final int BANDS = 10;

  /**
   * One band: scores from {@code lower} (inclusive) to {@code upper} (exclusive, except for the
   * last band, which holds the full score).
   */
  public record Band(BigDecimal lower, BigDecimal upper, int advancing, int others) {

    /** "60–70". */
    public String label() {
      return plain(lower) + "–" + plain(upper);
    }

    public int total() {
      return advancing + others;
    }
  }

  private ScoreBands() {}

  /** The bands of these lines for a stage whose full score is {@code maxScore} (or null). */
  public static List<Band> of(List<ResultLine> lines, BigDecimal maxScore) {
    List<ResultLine> scored = lines.stream().filter(l -> l.score() != null).toList();
    BigDecimal top = maxScore;
    if (top == null || top.signum() <= 0) {
      top =
          scored.stream()
              .map(ResultLine::score)
              .max(BigDecimal::compareTo)
              .filter(s -> s.signum() > 0)
              .orElse(BigDecimal.valueOf(100));
    }
    BigDecimal width = top.divide(BigDecimal.valueOf(BANDS), 4, RoundingMode.HALF_UP);
    int[] advancing = new int[BANDS];
    int[] others = new int[BANDS];
    for (ResultLine l : scored) {
      int i = l.score().divide(width, 0, RoundingMode.FLOOR).intValue();
      i = Math.max(0, Math.min(BANDS - 1, i));
      if (l.advancing()) {
        advancing[i]++;
      } else {
        others[i]++;
      }
    }
    List<Band> out = new ArrayList<>(BANDS);
    for (int i = 0; i < BANDS; i++) {
      BigDecimal lower = width.multiply(BigDecimal.valueOf(i));
      BigDecimal upper = i == BANDS - 1 ? top : width.multiply(BigDecimal.valueOf(i + 1L));
      out.add(new Band(lower, upper, advancing[i], others[i]));
    }
    return out;
  }

  private static String plain(BigDecimal d) {
    return d.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
