package org.zhaokao.interview.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The answer time of each candidate in a session (答题时间) and the points at which the room is warned
 * (e.g. 3 minutes left, 剩余3分钟提醒). The server's clock is the only clock: screens show what {@link
 * #remaining} says.
 *
 * @param answerSeconds the time each candidate has, 60 s to 2 h
 * @param warnings seconds left at which to warn, each inside the answer time, largest first
 */
public record AnswerTimer(int answerSeconds, List<Integer> warnings) {

  public static final int MIN_ANSWER = 60;
  public static final int MAX_ANSWER = 7200;
  public static final int MAX_WARNINGS = 5;

  /** Fifteen minutes, warned at three minutes left. */
  public static final AnswerTimer DEFAULT = new AnswerTimer(900, List.of(180));

  /**
   * @throws IllegalArgumentException naming what is out of range
   */
  public AnswerTimer {
    if (answerSeconds < MIN_ANSWER || answerSeconds > MAX_ANSWER) {
      throw new IllegalArgumentException(
          "the answer time is " + MIN_ANSWER + " to " + MAX_ANSWER + " seconds");
    }
    if (warnings == null
        || warnings.size() > MAX_WARNINGS
        || warnings.stream().anyMatch(w -> w == null)) {
      throw new IllegalArgumentException("up to " + MAX_WARNINGS + " warning points");
    }
    List<Integer> sorted = new ArrayList<>(warnings);
    sorted.sort((a, b) -> Integer.compare(b, a));
    for (int i = 0; i < sorted.size(); i++) {
      int w = sorted.get(i);
      if (w < 1 || w >= answerSeconds) {
        throw new IllegalArgumentException(
            "a warning point is 1 to " + (answerSeconds - 1) + " seconds left, got " + w);
      }
      if (i > 0 && sorted.get(i - 1) == w) {
        throw new IllegalArgumentException("the warning point " + w + " is listed twice");
      }
    }
    warnings = List.copyOf(sorted);
  }

  /** The warnings as stored, {@code 180,60}. */
  public String warningsText() {
    return warnings.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  /** Reads the stored form back. */
  public static AnswerTimer of(int answerSeconds, String warningsText) {
    List<Integer> w =
        warningsText == null || warningsText.isBlank()
            ? List.of()
            : Arrays.stream(warningsText.split(","))
                .map(String::trim)
                .map(Integer::valueOf)
                .toList();
    return new AnswerTimer(answerSeconds, w);
  }

  /** The answer ends at. */
  public OffsetDateTime endsAt(OffsetDateTime calledAt) {
    return calledAt.plusSeconds(answerSeconds);
  }

  /** Whole seconds left at {@code now}, never below zero. */
  public long remaining(OffsetDateTime calledAt, OffsetDateTime now) {
    long left = Duration.between(now, endsAt(calledAt)).toMillis();
    return Math.max(0, (left + 999) / 1000);
  }

  /** The warning points passed with {@code remaining} seconds left, largest first. */
  public List<Integer> reached(long remaining) {
    return warnings.stream().filter(w -> remaining <= w).toList();
  }
}
