package org.zhaokao.recruitment.domain.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.recruitment.domain.recruitment.Degree;
import org.zhaokao.recruitment.domain.recruitment.EducationLevel;
import org.zhaokao.recruitment.domain.recruitment.PoliticalStatus;

class ApplicationTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final Declaration D =
      new Declaration(
          EducationLevel.BACHELOR,
          Degree.BACHELOR,
          "某大学",
          "法学",
          LocalDate.of(2020, 7, 1),
          PoliticalStatus.MASSES,
          2,
          "某市");

  private static Application submitted() {
    return new Application(
        1, 2, 3, "key-12345678", new Pledge(1, 1, NOW, "10.0.0.1"), D, Map.of(), NOW);
  }

  @Test
  void aReturnedApplicationIsSubmittedAgainWhenCorrected() {
    Application a = submitted();
    a.returnForChanges(9, NOW, "请补充工作经历");
    assertEquals(ApplicationStatus.RETURNED, a.status());
    assertEquals("请补充工作经历", a.decisionReason().orElseThrow());
    assertEquals(EventKind.RESUBMITTED, a.revise(D, Map.of(), NOW.plusHours(1)));
    assertEquals(ApplicationStatus.SUBMITTED, a.status());
    assertEquals(EventKind.UPDATED, a.revise(D, Map.of(), NOW.plusHours(2)));
  }

  @Test
  void aSecondReviewerOtherThanTheDeciderChecksOrOverrulesTheDecision() {
    Application a = submitted();
    assertThrows(ConflictException.class, () -> a.check(8, NOW), "nothing decided yet");
    a.approve(9, NOW);
    assertTrue(a.awaitsCheck());
    assertThrows(ConflictException.class, () -> a.check(9, NOW), "not by the decider");
    a.check(8, NOW);
    assertTrue(a.secondReview().done());
    assertFalse(a.awaitsCheck());
    assertThrows(ConflictException.class, () -> a.overrule(7, NOW, "再核"), "checked already");

    Application b = submitted();
    b.reject(9, NOW, "专业不符合岗位要求");
    assertThrows(IllegalArgumentException.class, () -> b.overrule(8, NOW, " "));
    assertEquals(ApplicationStatus.REJECTED, b.status(), "a refused overrule changes nothing");
    b.overrule(8, NOW, "专业属于岗位要求的专业类");
    assertEquals(ApplicationStatus.SUBMITTED, b.status());
    assertEquals("专业属于岗位要求的专业类", b.secondReview().comment().orElseThrow());
    b.approve(9, NOW.plusHours(1));
    assertTrue(b.awaitsCheck(), "a new decision needs a new check");
  }

  @Test
  void aRejectionNeedsAReasonAndEndsTheLiveApplication() {
    Application a = submitted();
    assertThrows(IllegalArgumentException.class, () -> a.reject(9, NOW, " "));
    a.reject(9, NOW, "专业不符合岗位要求");
    assertEquals(ApplicationStatus.REJECTED, a.status());
    assertFalse(a.status().live());
    assertThrows(ConflictException.class, () -> a.revise(D, Map.of(), NOW));
    assertThrows(ConflictException.class, () -> a.withdraw(NOW));
  }

  @Test
  void onlyASubmittedApplicationIsDecided() {
    Application a = submitted();
    a.approve(9, NOW);
    assertTrue(a.status().live());
    assertThrows(ConflictException.class, () -> a.approve(9, NOW));
    Application b = submitted();
    b.withdraw(NOW);
    assertThrows(ConflictException.class, () -> b.approve(9, NOW));
  }

  @Test
  void aDisciplineDecisionDisqualifiesOnceAndEndsTheLiveApplication() {
    Application a = submitted();
    a.approve(9, NOW);
    assertTrue(a.disqualify(NOW, "因“替考”取消本次招考资格"));
    assertEquals(ApplicationStatus.DISQUALIFIED, a.status());
    assertFalse(a.status().live());
    assertEquals("因“替考”取消本次招考资格", a.decisionReason().orElseThrow());
    assertFalse(a.disqualify(NOW, "again"));
    Application withdrawn = submitted();
    withdrawn.withdraw(NOW);
    assertThrows(ConflictException.class, () -> withdrawn.disqualify(NOW, "x"));
  }

  @Test
  void liftingADisqualificationRestoresTheStatusAndReasonOnce() {
    Application a = submitted();
    a.approve(9, NOW);
    a.disqualify(NOW, "因“替考”取消本次招考资格");
    a.liftDisqualification(NOW);
    assertEquals(ApplicationStatus.APPROVED, a.status());
    assertTrue(a.status().live());
    assertTrue(a.decisionReason().isEmpty());
    ConflictException twice =
        assertThrows(ConflictException.class, () -> a.liftDisqualification(NOW));
    assertTrue(twice.getMessage().contains("not disqualified"), twice.getMessage());
    assertEquals(ApplicationStatus.APPROVED, a.status());
    assertThrows(ConflictException.class, () -> submitted().liftDisqualification(NOW));
  }

  @Test
  void anApplicationUnderAClaimedIdNumberIsWithdrawnWhateverTheReviewDecided() {
    Application approved = submitted();
    approved.approve(9, NOW);
    assertThrows(ConflictException.class, () -> approved.withdraw(NOW), "not the candidate's call");
    assertTrue(approved.withdrawForClaim(NOW.plusDays(1), "身份证号已由本人认领"));
    assertEquals(ApplicationStatus.WITHDRAWN, approved.status());
    assertEquals("身份证号已由本人认领", approved.decisionReason().orElseThrow());
    assertEquals(NOW.plusDays(1), approved.updatedAt());
    assertFalse(approved.withdrawForClaim(NOW, "again"), "nothing left to withdraw");

    Application pending = submitted();
    assertThrows(IllegalArgumentException.class, () -> pending.withdrawForClaim(NOW, " "));
    assertEquals(ApplicationStatus.SUBMITTED, pending.status(), "nothing changed without a reason");
  }

  @Test
  void aDecisionIsShownOnceConfirmedAndAReturnAtOnce() {
    assertTrue(ApplicationStatus.RETURNED.shown(false));
    assertFalse(ApplicationStatus.APPROVED.shown(false));
    assertTrue(ApplicationStatus.REJECTED.shown(true));
  }
}
