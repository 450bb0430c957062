package org.zhaokao.recruitment.domain.recruitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhaokao.platform.validation.ConflictException;

class RecruitmentLifecycleTest {

  private static final OffsetDateTime OPENS =
      OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
  private static final OffsetDateTime CLOSES = OPENS.plusDays(10);

  private static Recruitment draft() {
    return new Recruitment(
        "2026-01",
        7,
        new Recruitment.Content(
            "公告", "<p>正文</p>", new ApplicationWindow(OPENS, CLOSES), "电话", List.of()),
        100,
        OPENS.minusDays(10));
  }

  @Test
  void publicationTakesTwoPeople() {
    Recruitment r = draft();
    r.submitForPublication(100, OPENS.minusDays(9));
    assertEquals(RecruitmentStatus.PENDING_PUBLICATION, r.status());
    assertFalse(r.approvableBy(100), "the submitter cannot approve");
    assertThrows(IllegalStateException.class, () -> r.approvePublication(100, OPENS));
    assertTrue(r.approvableBy(200));
    r.approvePublication(200, OPENS.minusDays(8));
    assertEquals(RecruitmentStatus.PUBLISHED, r.status());
  }

  @Test
  void phaseFollowsTheWindowOncePublished() {
    Recruitment r = draft();
    assertEquals(Phase.DRAFT, r.phaseAt(OPENS.toInstant()));
    r.submitForPublication(100, OPENS.minusDays(9));
    r.approvePublication(200, OPENS.minusDays(8));
    assertEquals(Phase.PUBLISHED, r.phaseAt(OPENS.minusSeconds(1).toInstant()));
    assertEquals(Phase.APPLYING, r.phaseAt(OPENS.toInstant()));
    assertTrue(r.takesApplicationsAt(CLOSES.minusSeconds(1).toInstant()));
    assertEquals(Phase.REVIEWING, r.phaseAt(CLOSES.toInstant()));
    assertFalse(r.takesApplicationsAt(CLOSES.toInstant()));
  }

  @Test
  void aPublishedRecruitmentIsNotEditedUntilUnpublished() {
    Recruitment r = draft();
    r.submitForPublication(100, OPENS);
    r.approvePublication(200, OPENS);
    assertThrows(ConflictException.class, r::requireEditable);
    r.unpublish("公告内容有误");
    assertEquals(RecruitmentStatus.DRAFT, r.status());
    assertEquals("公告内容有误", r.reviewNote().orElseThrow());
    r.requireEditable();
  }

  @Test
  void editingAPendingSubmissionSendsItBackToDraft() {
    Recruitment r = draft();
    r.submitForPublication(100, OPENS);
    r.edit(
        new Recruitment.Content(
            "新标题", "<p>x</p>", new ApplicationWindow(OPENS, CLOSES), "电话", List.of()));
    assertEquals(RecruitmentStatus.DRAFT, r.status());
    assertThrows(ConflictException.class, () -> r.approvePublication(200, OPENS));
  }

  @Test
  void onlyAPendingSubmissionIsApproved() {
    Recruitment r = draft();
    assertThrows(ConflictException.class, () -> r.approvePublication(200, OPENS));
    assertThrows(ConflictException.class, () -> r.unpublish("x"));
  }

  @Test
  void windowIncludesItsOpeningAndExcludesItsClosing() {
    ApplicationWindow w = new ApplicationWindow(OPENS, CLOSES);
    assertTrue(w.isOpenAt(OPENS.toInstant()));
    assertFalse(w.isOpenAt(CLOSES.toInstant()));
    assertFalse(w.isOpenAt(Instant.from(OPENS.minusNanos(1))));
    assertThrows(IllegalArgumentException.class, () -> new ApplicationWindow(CLOSES, OPENS));
    assertThrows(IllegalArgumentException.class, () -> new ApplicationWindow(OPENS, OPENS));
  }
}
