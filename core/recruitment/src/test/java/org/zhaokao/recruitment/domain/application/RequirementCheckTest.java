package org.zhaokao.recruitment.domain.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhaokao.recruitment.domain.recruitment.Degree;
import org.zhaokao.recruitment.domain.recruitment.EducationLevel;
import org.zhaokao.recruitment.domain.recruitment.Gender;
import org.zhaokao.recruitment.domain.recruitment.PoliticalStatus;
import org.zhaokao.recruitment.domain.recruitment.Requirements;

class RequirementCheckTest {

  private static final LocalDate CLOSES = LocalDate.of(2026, 3, 31);

  private static final Requirements ANALYST =
      new Requirements(
          EducationLevel.BACHELOR,
          Degree.BACHELOR,
          List.of("计算机科学与技术", "软件工程"),
          18,
          35,
          PoliticalStatus.CPC_MEMBER,
          2,
          "本市户籍",
          null,
          "");

  private static Declaration declared(
      EducationLevel e, Degree d, String major, PoliticalStatus p, int years) {
    return new Declaration(e, d, "某大学", major, LocalDate.of(2015, 7, 1), p, years, "某市");
  }

  private static List<String> flagged(LocalDate birth, Declaration d) {
    return RequirementCheck.flags(ANALYST, birth, Gender.MALE, d, CLOSES).stream()
        .map(RequirementFlag::requirement)
        .toList();
  }

  @Test
  void aCandidateWhoMeetsEverythingIsNotFlagged() {
    assertEquals(
        List.of(),
        flagged(
            LocalDate.of(1995, 6, 15),
            declared(
                EducationLevel.MASTER,
                Degree.MASTER,
                " 软件 工程 ",
                PoliticalStatus.CPC_PROBATIONARY,
                3)));
  }

  @Test
  void ageCountsOnTheClosingDayFromTheIdNumbersBirthDate() {
    Declaration ok =
        declared(EducationLevel.BACHELOR, Degree.BACHELOR, "软件工程", PoliticalStatus.CPC_MEMBER, 5);
    // 36 on the closing day: one day too old.
    assertEquals(List.of("age"), flagged(LocalDate.of(1990, 3, 31), ok));
    // Turns 36 the day after the window closes: still 35.
    assertEquals(List.of(), flagged(LocalDate.of(1990, 4, 1), ok));
    RequirementFlag flag =
        RequirementCheck.flags(ANALYST, LocalDate.of(1990, 3, 31), Gender.MALE, ok, CLOSES).get(0);
    assertEquals("18–35", flag.expected());
    assertEquals("36", flag.actual());
  }

  @Test
  void flagsEducationDegreeMajorPoliticalStatusAndExperience() {
    List<String> flags =
        flagged(
            LocalDate.of(1998, 1, 1),
            declared(
                EducationLevel.JUNIOR_COLLEGE, Degree.NONE, "汉语言文学", PoliticalStatus.MASSES, 1));
    assertEquals(List.of("education", "degree", "major", "political", "experience"), flags);
  }

  @Test
  void anyMajorWhenTheListIsEmptyAndGenderOnlyWhenStated() {
    Requirements open =
        new Requirements(null, null, List.of(), null, null, null, null, "", Gender.FEMALE, "");
    Declaration d =
        declared(EducationLevel.SECONDARY, Degree.NONE, "任意", PoliticalStatus.MASSES, 0);
    List<RequirementFlag> flags =
        RequirementCheck.flags(open, LocalDate.of(2000, 1, 1), Gender.MALE, d, CLOSES);
    assertEquals(1, flags.size());
    assertEquals("gender", flags.get(0).requirement());
    assertTrue(
        RequirementCheck.flags(open, LocalDate.of(2000, 1, 1), Gender.FEMALE, d, CLOSES).isEmpty());
  }
}
