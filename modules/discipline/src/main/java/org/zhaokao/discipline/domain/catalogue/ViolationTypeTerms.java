package org.zhaokao.discipline.domain.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhaokao.discipline.domain.DisciplineException;

/**
 * What one version of a violation type says.
 *
 * @param nameZh its name (考试作弊)
 * @param nameEn its English name
 * @param standard the standard that defines it, citing the article (《…》第十条)
 * @param evidenceRequired whether a decision needs at least one piece of evidence
 * @param evidenceNote which evidence is expected (监控录像、作弊器材照片、本人陈述)
 * @param sanctions what a decision may impose; at least one
 * @param maxBlacklistYears the longest bar a decision may impose, 1 to 10 when blacklisting is
 *     allowed, 0 otherwise
 */
public record ViolationTypeTerms(
    String nameZh,
    String nameEn,
    String standard,
    boolean evidenceRequired,
    String evidenceNote,
    Set<Sanction> sanctions,
    int maxBlacklistYears) {

  /** Codes of violation types: lower-case words joined by hyphens. */
  public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /**
   * Checks every rule at once.
   *
   * @throws DisciplineException (422) listing what is wrong
   */
  public ViolationTypeTerms {
    List<String> problems = new ArrayList<>();
    nameZh = text(nameZh, "nameZh", 100, problems);
    nameEn = text(nameEn, "nameEn", 100, problems);
    standard = text(standard, "standard", 2000, problems);
    evidenceNote = evidenceNote == null ? "" : evidenceNote.strip();
    if (evidenceNote.length() > 500) {
      problems.add("evidenceNote is at most 500 characters");
    }
    sanctions = sanctions == null ? Set.of() : Set.copyOf(sanctions);
    if (sanctions.isEmpty()) {
      problems.add("sanctions lists at least one of " + List.of(Sanction.values()));
    }
    boolean blacklists = sanctions.contains(Sanction.BLACKLIST);
    if (blacklists && (maxBlacklistYears < 1 || maxBlacklistYears > 10)) {
      problems.add("maxBlacklistYears is 1 to 10 when BLACKLIST is allowed");
    }
    if (!blacklists && maxBlacklistYears != 0) {
      problems.add("maxBlacklistYears is 0 when BLACKLIST is not allowed");
    }
    if (!problems.isEmpty()) {
      throw DisciplineException.invalid("violation-type", String.join("; ", problems));
    }
  }

  private static String text(String value, String field, int max, List<String> problems) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty() || v.length() > max) {
      problems.add(field + " is 1 to " + max + " characters");
    }
    return v;
  }
}
