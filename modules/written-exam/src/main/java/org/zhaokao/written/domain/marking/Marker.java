package org.zhaokao.written.domain.marking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.zhaokao.written.domain.bank.ItemContent;
import org.zhaokao.written.domain.bank.ItemType;
import org.zhaokao.written.domain.paper.PaperContent;
import org.zhaokao.written.domain.paper.PaperQuestion;

/**
 * Marks objective questions (客观题自动评分) against the key as mapped onto the candidate's paper.
 *
 * <p>Single choice and true/false: the one right answer. Multiple choice: exactly the keyed options
 * (no partial credit). Fill in the blank: each blank scores its share of the points when the answer
 * equals one of the accepted ones (ignoring case and surrounding spaces); blanks in the answer are
 * separated by {@code ;} as in the key.
 */
public final class Marker {

  private Marker() {}

  /** The points one answer earns, or empty for a question people mark (essay). */
  public static Optional<BigDecimal> mark(PaperQuestion q, String response) {
    if (!q.type().objective()) {
      return Optional.empty();
    }
    String answer = response == null ? "" : response.strip();
    return Optional.of(
        switch (q.type()) {
          case SINGLE_CHOICE, TRUE_FALSE ->
              normalisedLetters(answer).equals(q.key()) ? q.points() : BigDecimal.ZERO;
          case MULTIPLE_CHOICE ->
              normalisedLetters(answer).equals(q.key()) ? q.points() : BigDecimal.ZERO;
          case FILL_BLANK -> blanks(q, answer);
          case ESSAY -> throw new IllegalStateException("essays are marked by people");
        });
  }

  /**
   * Whether people mark this answer: every essay that was answered, and a fill-in-the-blank answer
   * the key cannot settle — a blank filled with something that is not an accepted answer (a variant
   * spelling, a synonym) is for a marker to judge. An empty answer scores 0 without anyone.
   */
  public static boolean needsPeople(PaperQuestion q, String response) {
    String answer = response == null ? "" : response.strip();
    if (answer.isEmpty()) {
      return false;
    }
    if (q.type() == ItemType.ESSAY) {
      return true;
    }
    if (q.type() != ItemType.FILL_BLANK) {
      return false;
    }
    List<List<String>> key = blankKey(q);
    String[] given = answer.split("[;；]", -1);
    for (int i = 0; i < given.length; i++) {
      String g = given[i].strip();
      if (!g.isEmpty() && (i >= key.size() || key.get(i).stream().noneMatch(g::equalsIgnoreCase))) {
        return true;
      }
    }
    return false;
  }

  /** The machine's points for the answers people do not mark (question number → answer). */
  public static BigDecimal settledTotal(PaperContent paper, Map<Integer, String> answers) {
    BigDecimal total = BigDecimal.ZERO;
    for (PaperQuestion q : paper.questions()) {
      String a = answers.get(q.number());
      if (!needsPeople(q, a)) {
        total = total.add(mark(q, a).orElse(BigDecimal.ZERO));
      }
    }
    return total;
  }

  /** The total of the objective questions for the answers given (question number → answer). */
  public static BigDecimal objectiveTotal(PaperContent paper, Map<Integer, String> answers) {
    BigDecimal total = BigDecimal.ZERO;
    for (PaperQuestion q : paper.questions()) {
      total = total.add(mark(q, answers.get(q.number())).orElse(BigDecimal.ZERO));
    }
    return total;
  }

  private static String normalisedLetters(String answer) {
    String letters = answer.toUpperCase(Locale.ROOT).replaceAll("[\\s,，]", "");
    return String.join("", new TreeSet<>(List.of(letters.split(""))));
  }

  private static List<List<String>> blankKey(PaperQuestion q) {
    return new ItemContent(ItemType.FILL_BLANK, "-", List.of(), q.key(), q.points(), "-", "", null)
        .blanks();
  }

  private static BigDecimal blanks(PaperQuestion q, String answer) {
    List<List<String>> key = blankKey(q);
    String[] given = answer.split("[;；]", -1);
    int right = 0;
    for (int i = 0; i < key.size(); i++) {
      String g = i < given.length ? given[i].strip() : "";
      if (!g.isEmpty() && key.get(i).stream().anyMatch(a -> a.equalsIgnoreCase(g))) {
        right++;
      }
    }
    return q.points()
        .multiply(BigDecimal.valueOf(right))
        .divide(BigDecimal.valueOf(key.size()), 2, RoundingMode.DOWN);
  }
}
