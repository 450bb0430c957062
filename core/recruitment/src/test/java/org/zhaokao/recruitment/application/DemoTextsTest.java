package org.zhaokao.recruitment.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhaokao.recruitment.domain.employer.Agreement;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.WorkPhase;

class DemoTextsTest {

  /** First starts of a demo, the last days of a year among them (09:00 in China). */
  private static final List<OffsetDateTime> FIRST_STARTS =
      List.of(
          OffsetDateTime.of(2026, 11, 28, 1, 0, 0, 0, ZoneOffset.UTC),
          OffsetDateTime.of(2026, 12, 31, 1, 0, 0, 0, ZoneOffset.UTC),
          OffsetDateTime.of(2027, 1, 1, 1, 0, 0, 0, ZoneOffset.UTC),
          OffsetDateTime.of(2028, 2, 29, 1, 0, 0, 0, ZoneOffset.UTC));

  @Test
  void demoEmployersPlanIsInForceForAYearFromTheFirstStart() {
    for (OffsetDateTime now : FIRST_STARTS) {
      LocalDate today = now.toLocalDate();
      Agreement plan = DemoTexts.employer(now).agreement();
      assertTrue(plan.inForceOn(today), now + ": " + plan.startsOn() + "–" + plan.endsOn());
      assertTrue(
          plan.inForceOn(today.plusDays(364)), now + ": " + plan.startsOn() + "–" + plan.endsOn());
    }
  }

  @Test
  void demoRecruitmentIsOpenAndItsExamsLieAhead() {
    for (OffsetDateTime now : FIRST_STARTS) {
      LocalDate today = now.toLocalDate();
      Recruitment.Content content = DemoTexts.content(now);
      assertTrue(content.window().isOpenAt(now.toInstant()), now.toString());
      List<WorkPhase> plan = content.workPlan();
      assertTrue(
          plan.stream().skip(1).allMatch(p -> p.startsOn().isAfter(today)), now + ": " + plan);
    }
  }
}
