package org.zhaokao.written.domain.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.written.domain.bank.ItemType;
import org.zhaokao.written.domain.paper.PaperQuestion;

/**
 * An answer string read by the optical mark reader (答题卡) against one candidate's paper: one answer
 * per machine-read question (single choice, multiple choice, true/false) in the paper's order.
 * Without a comma every character is one answer ({@code BAT-C}); with commas every field is one
 * ({@code B,AC,T,,C}), which multiple-choice answers need. {@code -} or an empty field is no
 * answer.
 */
public final class OmrAnswers {

  private OmrAnswers() {}

  /** The questions an answer sheet carries marks for, in the paper's order. */
  public static List<PaperQuestion> readable(List<PaperQuestion> paper) {
    return paper.stream()
        .filter(
            q ->
                q.type() == ItemType.SINGLE_CHOICE
                    || q.type() == ItemType.MULTIPLE_CHOICE
                    || q.type() == ItemType.TRUE_FALSE)
        .toList();
  }

  /**
   * Reads the string into answers by question number.
   *
   * @return the answers, or the problems (without the row/column, which the caller adds)
   */
  public static Result read(String raw, List<PaperQuestion> paper) {
    List<PaperQuestion> qs = readable(paper);
    String s = raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT);
    List<String> fields = new ArrayList<>();
    if (s.contains(",")) {
      fields.addAll(List.of(s.split(",", -1)));
    } else {
      s.codePoints().forEach(c -> fields.add(Character.toString(c)));
    }
    if (fields.size() != qs.size()) {
      return Result.wrong(
          fields.size() + " answers for " + qs.size() + " machine-read questions of the paper");
    }
    Map<Integer, String> answers = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < qs.size(); i++) {
      PaperQuestion q = qs.get(i);
      String f = fields.get(i).strip();
      if (f.isEmpty() || f.equals("-")) {
        continue;
      }
      Optional<String> bad = check(q, f);
      if (bad.isPresent()) {
        problems.add("answer " + (i + 1) + " '" + f + "' " + bad.get());
      } else {
        answers.put(q.number(), f);
      }
    }
    return problems.isEmpty() ? new Result(answers, List.of()) : new Result(Map.of(), problems);
  }

  private static Optional<String> check(PaperQuestion q, String f) {
    if (q.type() == ItemType.TRUE_FALSE) {
      return f.equals("T") || f.equals("F")
          ? Optional.empty()
          : Optional.of("is not T or F (true/false)");
    }
    char last = (char) ('A' + q.options().size() - 1);
    if (q.type() == ItemType.SINGLE_CHOICE && f.length() != 1) {
      return Optional.of("is not one letter (single choice)");
    }
    if (f.chars().distinct().count() != f.length()) {
      return Optional.of("repeats a letter");
    }
    return f.chars().allMatch(c -> c >= 'A' && c <= last)
        ? Optional.empty()
        : Optional.of("has a letter outside A-" + last);
  }

  /** The answers read, or what is wrong. */
  public record Result(Map<Integer, String> answers, List<String> problems) {
    static Result wrong(String why) {
      return new Result(Map.of(), List.of(why));
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }
}
