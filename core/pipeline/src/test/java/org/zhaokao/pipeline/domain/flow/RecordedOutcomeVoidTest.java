package org.zhaokao.pipeline.domain.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;

class RecordedOutcomeVoidTest {

  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);

  private static RecordedOutcome passed() {
    return new RecordedOutcome(1, 2, 3, OutcomeStatus.PASSED, new BigDecimal("88.5"), "笔试", T0);
  }

  @Test
  void voidingFailsTheScoreAndKeepsThePreviousOutcomeForAReinstatement() {
    RecordedOutcome o = passed();
    assertTrue(o.voidScore("扰乱考场秩序，成绩无效", T0.plusDays(1)));
    assertEquals(OutcomeStatus.FAILED, o.status());
    assertTrue(o.score().isEmpty());
    assertEquals("扰乱考场秩序，成绩无效", o.remark());
    assertTrue(o.voided());
    assertFalse(o.voidScore("again", T0.plusDays(2)), "voiding twice changes nothing");
    assertEquals("扰乱考场秩序，成绩无效", o.remark());

    o.reinstate(T0.plusDays(20));
    assertEquals(OutcomeStatus.PASSED, o.status());
    assertEquals(new BigDecimal("88.5"), o.score().orElseThrow());
    assertEquals("笔试", o.remark());
    assertFalse(o.voided());
  }

  @Test
  void aProposedVoidingChangesNothingUntilASecondPersonApprovesItThenKeepsTheOutcome() {
    RecordedOutcome o = passed();
    assertTrue(o.proposeVoid("考试作弊，成绩无效", 7));
    assertTrue(o.voidPending());
    assertEquals(OutcomeStatus.PASSED, o.status());
    assertFalse(o.voided());

    assertThrows(ConflictException.class, () -> o.approveChange(7, T0.plusDays(1)));
    assertEquals(OutcomeStatus.PASSED, o.status());
    assertTrue(o.voidPending());

    o.approveChange(8, T0.plusDays(1));
    assertEquals(OutcomeStatus.FAILED, o.status());
    assertTrue(o.score().isEmpty());
    assertTrue(o.voided());
    assertFalse(o.voidPending());
    assertFalse(o.proposeVoid("again", 7), "a voided score is not voided again");

    o.reinstate(T0.plusDays(20));
    assertEquals(OutcomeStatus.PASSED, o.status());
    assertEquals(new BigDecimal("88.5"), o.score().orElseThrow());
  }

  @Test
  void anOrdinaryProposalAfterAVoidingProposalIsNoVoiding() {
    RecordedOutcome o = passed();
    o.proposeVoid("考试作弊", 7);
    o.proposeChange(OutcomeStatus.PASSED, new BigDecimal("90"), "复核", 7);
    o.approveChange(8, T0.plusDays(1));
    assertFalse(o.voided());
    assertEquals(new BigDecimal("90"), o.score().orElseThrow());
  }

  @Test
  void aScoreThatWasNotVoidedCannotBeReinstated() {
    RecordedOutcome o = passed();
    assertThrows(IllegalStateException.class, () -> o.reinstate(T0));
    assertEquals(OutcomeStatus.PASSED, o.status());
  }

  @Test
  void aReinstatementInAPublishedStageWaitsForASecondPersonThenForgetsTheVoiding() {
    RecordedOutcome o = passed();
    assertThrows(IllegalStateException.class, () -> o.proposeReinstate(7), "nothing is voided");
    o.voidScore("扰乱考场秩序", T0);
    assertTrue(o.proposeReinstate(7));
    assertTrue(o.reinstatementPending());
    assertFalse(o.proposeReinstate(7), "proposed once");
    assertEquals(OutcomeStatus.FAILED, o.status(), "the published result stands until approved");

    assertThrows(ConflictException.class, () -> o.approveChange(7, T0.plusDays(1)));
    o.approveChange(8, T0.plusDays(1));
    assertEquals(OutcomeStatus.PASSED, o.status());
    assertEquals(new BigDecimal("88.5"), o.score().orElseThrow());
    assertEquals("笔试", o.remark());
    assertFalse(o.voided());
    assertFalse(o.reinstatementPending());
  }

  @Test
  void aVoidingNobodyApprovedIsDroppedWithoutTouchingTheOutcome() {
    RecordedOutcome o = passed();
    assertFalse(o.withdrawProposedVoid(), "nothing proposed");
    o.proposeVoid("考试作弊", 7);
    assertTrue(o.withdrawProposedVoid());
    assertFalse(o.voidPending());
    assertTrue(o.pendingStatus().isEmpty());
    assertEquals(OutcomeStatus.PASSED, o.status());
    assertThrows(ConflictException.class, () -> o.approveChange(8, T0.plusDays(1)));
  }
}
