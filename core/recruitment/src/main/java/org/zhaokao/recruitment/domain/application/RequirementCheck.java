package org.zhaokao.recruitment.domain.application;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zhaokao.recruitment.domain.recruitment.Gender;
import org.zhaokao.recruitment.domain.recruitment.Requirements;

/**
 * The system's requirement check beside each application in the review queue (资格审核提示): age from the
 * ID number's birth date against the range, education level, degree, major in the list, political
 * status, years of experience and gender. Household registration and "other" are free text and left
 * to the reviewer.
 */
public final class RequirementCheck {

  private RequirementCheck() {}

  /**
   * The flags for one application.
   *
   * @param requirements the position's requirements
   * @param birthDate from the candidate's verified ID number
   * @param gender from the ID number
   * @param declaration what the candidate declared
   * @param ageOn the day age is counted on: the last day of the application window, as
   *     announcements usually state ("年龄计算截至报名截止日")
   */
  public static List<RequirementFlag> flags(
      Requirements requirements,
      LocalDate birthDate,
      Gender gender,
      Declaration declaration,
      LocalDate ageOn) {
    List<RequirementFlag> flags = new ArrayList<>();
    int age = Period.between(birthDate, ageOn).getYears();
    boolean young = requirements.minAge().map(min -> age < min).orElse(false);
    boolean old = requirements.maxAge().map(max -> age > max).orElse(false);
    if (young || old) {
      flags.add(
          new RequirementFlag(
              "age",
              requirements.minAge().map(String::valueOf).orElse("")
                  + "–"
                  + requirements.maxAge().map(String::valueOf).orElse(""),
              String.valueOf(age)));
    }
    requirements
        .minEducation()
        .filter(min -> !declaration.education().meets(min))
        .ifPresent(min -> flags.add(flag("education", min.name(), declaration.education().name())));
    requirements
        .minDegree()
        .filter(min -> !declaration.degree().meets(min))
        .ifPresent(min -> flags.add(flag("degree", min.name(), declaration.degree().name())));
    List<String> majors = requirements.majors();
    String declared = normalise(declaration.major());
    if (!majors.isEmpty()
        && majors.stream().map(RequirementCheck::normalise).noneMatch(declared::equals)) {
      flags.add(flag("major", String.join("、", majors), declaration.major()));
    }
    requirements
        .politicalStatus()
        .filter(required -> !declaration.politicalStatus().meets(required))
        .ifPresent(
            required ->
                flags.add(
                    flag("political", required.name(), declaration.politicalStatus().name())));
    requirements
        .minExperienceYears()
        .filter(min -> declaration.experienceYears() < min)
        .ifPresent(
            min ->
                flags.add(
                    flag(
                        "experience",
                        String.valueOf(min),
                        String.valueOf(declaration.experienceYears()))));
    requirements
        .gender()
        .filter(required -> required != gender)
        .ifPresent(required -> flags.add(flag("gender", required.name(), gender.name())));
    return flags;
  }

  /** Majors compare without surrounding or inner blanks and full-width parentheses. */
  public static String normalise(String major) {
    return major == null
        ? ""
        : major.replaceAll("\\s+", "").replace('（', '(').replace('）', ')').toLowerCase(Locale.ROOT);
  }

  private static RequirementFlag flag(String requirement, String expected, String actual) {
    return new RequirementFlag(requirement, expected, actual);
  }
}
