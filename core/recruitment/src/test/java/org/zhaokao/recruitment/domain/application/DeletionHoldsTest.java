package org.zhaokao.recruitment.domain.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhaokao.identity.domain.account.AccountHold;
import org.zhaokao.recruitment.domain.recruitment.ApplicationWindow;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.RecruitmentStatus;

class DeletionHoldsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  @Test
  void runningRecruitmentHoldsUntilItsPlanEndsAndLongerIfLate() {
    AccountHold h =
        DeletionHolds.of(RecruitmentStatus.IN_STAGES, "2026年公开招聘", TODAY.plusDays(40), TODAY)
            .orElseThrow();
    assertEquals(AccountHold.Kind.LIVE_APPLICATION, h.kind());
    assertEquals(TODAY.plusDays(40), h.until());
    assertTrue(h.describe().contains("2026年公开招聘"), h.describe());
    assertEquals(
        TODAY,
        DeletionHolds.of(RecruitmentStatus.PUBLISHED, "x", TODAY.minusDays(5), TODAY)
            .orElseThrow()
            .until(),
        "a recruitment not closed yet holds even past its plan");
  }

  @Test
  void finishedRecruitmentHoldsForTheRetentionYearsOnly() {
    LocalDate ended = TODAY.minusYears(1);
    AccountHold h = DeletionHolds.of(RecruitmentStatus.CLOSED, "x", ended, TODAY).orElseThrow();
    assertEquals(AccountHold.Kind.RETENTION, h.kind());
    assertEquals(ended.plusYears(DeletionHolds.RETENTION_YEARS), h.until());
    assertTrue(
        DeletionHolds.of(RecruitmentStatus.ARCHIVED, "x", TODAY.minusYears(3), TODAY).isEmpty());
  }

  @Test
  void aRecruitmentWithoutPlanEndsWhenApplicationsClose() {
    OffsetDateTime opens = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    Recruitment r =
        new Recruitment(
            "2026-09",
            7,
            new Recruitment.Content(
                "公告",
                "<p>正文</p>",
                new ApplicationWindow(opens, opens.plusDays(10)),
                "电话",
                List.of()),
            100,
            opens.minusDays(10));
    assertEquals(LocalDate.of(2026, 3, 11), DeletionHolds.lastDay(r));
    assertEquals(1, DeletionHolds.of(List.of(r, r), TODAY).size(), "one hold per recruitment");
  }
}
