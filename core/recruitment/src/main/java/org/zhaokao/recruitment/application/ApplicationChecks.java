package org.zhaokao.recruitment.application;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhaokao.platform.validation.Checks;
import org.zhaokao.recruitment.domain.application.Declaration;
import org.zhaokao.recruitment.domain.recruitment.Position;

/** Checks an {@link ApplicationForm} against the position it is for. */
final class ApplicationChecks {

  private ApplicationChecks() {}

  /** The declaration, or every problem as 422. */
  static Declaration declaration(Checks checks, ApplicationForm f) {
    Forms.present(checks, "education", f.education());
    Forms.present(checks, "degree", f.degree());
    Forms.text(checks, "school", f.school(), 100);
    Forms.text(checks, "major", f.major(), 100);
    Forms.present(checks, "graduatedOn", f.graduatedOn());
    checks.require(
        f.graduatedOn() == null
            || f.graduatedOn().isAfter(LocalDate.of(1950, 1, 1))
                && f.graduatedOn().isBefore(LocalDate.now().plusYears(2)),
        "graduatedOn",
        "graduatedOn",
        "A graduation date between 1950 and two years from now");
    Forms.present(checks, "politicalStatus", f.politicalStatus());
    checks.require(
        f.experienceYears() != null && f.experienceYears() >= 0 && f.experienceYears() <= 60,
        "experienceYears",
        "experience",
        "0 to 60 years");
    Forms.text(checks, "household", f.household(), 100);
    if (!checks.fine("education")
        || !checks.fine("degree")
        || !checks.fine("school")
        || !checks.fine("major")
        || !checks.fine("graduatedOn")
        || !checks.fine("politicalStatus")
        || !checks.fine("experienceYears")
        || !checks.fine("household")) {
      return null;
    }
    return new Declaration(
        f.education(),
        f.degree(),
        f.school().trim(),
        f.major().trim(),
        f.graduatedOn(),
        f.politicalStatus(),
        f.experienceYears(),
        f.household().trim());
  }

  /** The answers to exactly the position's extra questions, each 1 to 2000 characters. */
  static Map<String, String> answers(Checks checks, ApplicationForm f, Position position) {
    Map<String, String> given = f.answers() == null ? Map.of() : f.answers();
    Map<String, String> answers = new LinkedHashMap<>();
    for (String label : position.extraFields()) {
      String value = given.get(label);
      checks.require(
          value != null && !value.isBlank() && value.length() <= 2000,
          "answers." + label,
          "text",
          "Answer this question (at most 2000 characters)",
          2000);
      if (value != null) {
        answers.put(label, value.trim());
      }
    }
    given.keySet().stream()
        .filter(k -> !position.extraFields().contains(k))
        .forEach(
            k ->
                checks.require(
                    false, "answers", "answers.unknown", "The position does not ask " + k));
    return answers;
  }
}
