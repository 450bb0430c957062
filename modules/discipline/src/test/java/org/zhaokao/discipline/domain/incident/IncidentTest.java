package org.zhaokao.discipline.domain.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhaokao.discipline.domain.DisciplineException;
import org.zhaokao.discipline.domain.catalogue.Sanction;
import org.zhaokao.discipline.domain.catalogue.ViolationType;
import org.zhaokao.discipline.domain.catalogue.ViolationTypeTerms;

class IncidentTest {

  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2026, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final Duration WINDOW = Duration.ofDays(15);
  private static final long OFFICER = 11;
  private static final long SECOND = 12;
  private static final long CANDIDATE = 99;

  private final ViolationType proxy =
      type(7, "proxy-test-taking", true, Set.of(Sanction.DISQUALIFY, Sanction.BLACKLIST), 5);
  private final ViolationType disorder =
      type(8, "disorder", false, Set.of(Sanction.VOID_STAGE_SCORE), 0);

  @Test
  void aDisqualificationTakesEffectAtOnceWithTheAppealDeadline() {
    Incident i = investigated(proxy, List.of("video-1"));
    IncidentStatus to =
        i.decide(
            OFFICER, new DecisionTerms(Set.of(Sanction.DISQUALIFY), 0, "他人代考"), proxy, WINDOW, T0);
    assertEquals(IncidentStatus.DECIDED, to);
    assertEquals(T0.plusDays(15), i.decision().appealDeadline().orElseThrow());
  }

  @Test
  void aBlacklistingWaitsForASecondOfficerAndTheDeciderCannotApproveIt() {
    Incident i = investigated(proxy, List.of("video-1"));
    DecisionTerms terms =
        new DecisionTerms(Set.of(Sanction.DISQUALIFY, Sanction.BLACKLIST), 5, "他人代考");
    assertEquals(IncidentStatus.AWAITING_APPROVAL, i.decide(OFFICER, terms, proxy, WINDOW, T0));
    DisciplineException same =
        assertThrows(DisciplineException.class, () -> i.approve(OFFICER, WINDOW, T0));
    assertEquals("second-person", same.code());
    assertEquals(IncidentStatus.AWAITING_APPROVAL, i.status());
    assertTrue(i.decision().approvedBy().isEmpty());
    i.approve(SECOND, WINDOW, T0.plusHours(1));
    assertEquals(IncidentStatus.DECIDED, i.status());
    assertEquals(T0.plusHours(1).plusDays(15), i.decision().appealDeadline().orElseThrow());
  }

  @Test
  void aRefusedBlacklistingGoesBackToInvestigation() {
    Incident i = investigated(proxy, List.of("video-1"));
    i.decide(OFFICER, new DecisionTerms(Set.of(Sanction.BLACKLIST), 3, "代考"), proxy, WINDOW, T0);
    assertThrows(DisciplineException.class, () -> i.refuse(OFFICER));
    i.refuse(SECOND);
    assertEquals(IncidentStatus.INVESTIGATING, i.status());
    assertTrue(i.sanctions().isEmpty());
  }

  @Test
  void refusesSanctionsTheTypeDoesNotAllowAndBarsLongerThanItsMaximum() {
    Incident i = investigated(disorder, List.of());
    assertEquals(
        422,
        assertThrows(
                DisciplineException.class,
                () ->
                    i.decide(
                        OFFICER,
                        new DecisionTerms(Set.of(Sanction.DISQUALIFY), 0, "x"),
                        disorder,
                        WINDOW,
                        T0))
            .status());
    Incident j = investigated(proxy, List.of("video-1"));
    assertThrows(
        DisciplineException.class,
        () ->
            j.decide(
                OFFICER, new DecisionTerms(Set.of(Sanction.BLACKLIST), 6, "x"), proxy, WINDOW, T0));
    assertEquals(IncidentStatus.INVESTIGATING, j.status());
  }

  @Test
  void refusesASanctionWithoutEvidenceWhenTheTypeRequiresIt() {
    Incident i = investigated(proxy, List.of());
    DisciplineException e =
        assertThrows(
            DisciplineException.class,
            () ->
                i.decide(
                    OFFICER,
                    new DecisionTerms(Set.of(Sanction.DISQUALIFY), 0, "x"),
                    proxy,
                    WINDOW,
                    T0));
    assertEquals("evidence", e.code());
    assertEquals(IncidentStatus.INVESTIGATING, i.status());
  }

  @Test
  void noSanctionClosesTheIncident() {
    Incident i = investigated(proxy, List.of());
    assertEquals(
        IncidentStatus.FINAL,
        i.decide(OFFICER, new DecisionTerms(Set.of(), 0, "查无实据"), proxy, WINDOW, T0));
  }

  @Test
  void theCandidateAppealsUntilTheDeadlineAndNotAfter() {
    Incident late = decided();
    DisciplineException e =
        assertThrows(
            DisciplineException.class,
            () -> late.appeal(CANDIDATE, "不服", T0.plusDays(15).plusSeconds(1)));
    assertEquals("appeal-deadline", e.code());
    assertEquals(IncidentStatus.DECIDED, late.status());
    Incident onTime = decided();
    onTime.appeal(CANDIDATE, "不服", T0.plusDays(15));
    assertEquals(IncidentStatus.APPEALED, onTime.status());
  }

  @Test
  void onlyTheCandidateConcernedAppeals() {
    Incident i = decided();
    assertEquals(404, assertThrows(DisciplineException.class, () -> i.appeal(5, "x", T0)).status());
  }

  @Test
  void aSecondOfficerResolvesTheAppeal() {
    Incident i = decided();
    i.appeal(CANDIDATE, "不服", T0.plusDays(1));
    assertThrows(DisciplineException.class, () -> i.resolve(OFFICER, true, "维持", T0.plusDays(2)));
    i.resolve(SECOND, true, "证据确凿，维持", T0.plusDays(2));
    assertEquals(IncidentStatus.FINAL, i.status());
  }

  @Test
  void aVoidedScoreIsWithdrawnWhenTheAppealSucceeds() {
    Incident i = voidDecided();
    assertEquals(IncidentStatus.DECIDED, i.status());
    assertEquals(Set.of(Sanction.VOID_STAGE_SCORE), i.decision().sanctions());
    i.appeal(CANDIDATE, "录像显示并非本人", T0.plusDays(1));
    assertEquals("录像显示并非本人", i.appeal().reason().orElseThrow());
    i.resolve(SECOND, false, "复核录像，撤销", T0.plusDays(2));
    assertEquals(IncidentStatus.FINAL, i.status());
    assertEquals(Boolean.FALSE, i.appeal().upheld().orElseThrow());
    assertEquals("复核录像，撤销", i.appeal().resolutionNote());
  }

  @Test
  void aScoreVoidedInErrorIsReinstatedOnceAndOnlyWhereADecisionVoidedIt() {
    Incident i = voidDecided();
    DisciplineException blank =
        assertThrows(DisciplineException.class, () -> i.reinstateScore(OFFICER, " ", T0));
    assertEquals(422, blank.status());
    assertFalse(i.scoreReinstated());

    i.reinstateScore(OFFICER, "系误认考生", T0.plusDays(1));
    assertTrue(i.scoreReinstated());
    assertEquals("系误认考生", i.reinstatement().note());
    assertEquals(IncidentStatus.DECIDED, i.status(), "the rest of the decision stands");
    DisciplineException twice =
        assertThrows(
            DisciplineException.class, () -> i.reinstateScore(SECOND, "再次", T0.plusDays(2)));
    assertEquals("score-reinstated", twice.code());

    Incident disqualified = decided();
    DisciplineException none =
        assertThrows(
            DisciplineException.class, () -> disqualified.reinstateScore(OFFICER, "误判", T0));
    assertEquals("not-voided", none.code());
    assertFalse(disqualified.scoreReinstated());
  }

  @Test
  void aLateScoreChangeWaitsUntilTheCoreReportsItsApproval() {
    Incident i = voidDecided();
    assertTrue(i.scoreChangePending().isEmpty());
    i.scoreChangeAsked(PendingScoreChange.VOID);
    assertEquals(Optional.of(PendingScoreChange.VOID), i.scoreChangePending());
    assertFalse(i.scoreChangeApproved(PendingScoreChange.REINSTATEMENT), "not the one waiting");
    assertEquals(Optional.of(PendingScoreChange.VOID), i.scoreChangePending());
    assertTrue(i.scoreChangeApproved(PendingScoreChange.VOID));
    assertTrue(i.scoreChangePending().isEmpty());
    assertFalse(i.scoreChangeApproved(PendingScoreChange.VOID), "heard once only");
    i.scoreChangeAsked(PendingScoreChange.REINSTATEMENT);
    i.scoreChangeAsked(null);
    assertTrue(i.scoreChangePending().isEmpty(), "applied or dropped at once: nothing waits");
  }

  @Test
  void aDisqualificationIsWithdrawnOnAppealOnceOnly() {
    Incident i = decided();
    i.appeal(CANDIDATE, "不服", T0.plusDays(1));
    i.resolve(SECOND, false, "撤销", T0.plusDays(2));
    assertEquals(IncidentStatus.FINAL, i.status());
    assertEquals(Boolean.FALSE, i.appeal().upheld().orElseThrow());
    DisciplineException twice =
        assertThrows(
            DisciplineException.class, () -> i.resolve(SECOND, false, "再次撤销", T0.plusDays(3)));
    assertEquals(409, twice.status());
    assertEquals("撤销", i.appeal().resolutionNote());
  }

  @Test
  void closesOnlyAfterTheDeadline() {
    Incident i = decided();
    assertThrows(DisciplineException.class, () -> i.close(T0.plusDays(3)));
    i.close(T0.plusDays(16));
    assertEquals(IncidentStatus.FINAL, i.status());
  }

  @Test
  void stepsOutOfOrderAreRefused() {
    Incident i = reported(proxy, List.of("video-1"));
    assertEquals(
        409,
        assertThrows(
                DisciplineException.class,
                () ->
                    i.decide(
                        OFFICER,
                        new DecisionTerms(Set.of(Sanction.DISQUALIFY), 0, "x"),
                        proxy,
                        WINDOW,
                        T0))
            .status());
    assertThrows(DisciplineException.class, () -> i.appeal(CANDIDATE, "x", T0));
  }

  /** An incident whose decision voids the stage score, in force. */
  private Incident voidDecided() {
    Incident i = investigated(disorder, List.of());
    i.decide(
        OFFICER,
        new DecisionTerms(Set.of(Sanction.VOID_STAGE_SCORE), 0, "开考后喧哗"),
        disorder,
        WINDOW,
        T0);
    return i;
  }

  private Incident decided() {
    Incident i = investigated(proxy, List.of("video-1"));
    i.decide(OFFICER, new DecisionTerms(Set.of(Sanction.DISQUALIFY), 0, "他人代考"), proxy, WINDOW, T0);
    return i;
  }

  private static Incident investigated(ViolationType type, List<String> evidence) {
    Incident i = reported(type, evidence);
    i.investigate(OFFICER, "监控录像显示考生与报名照片不符");
    return i;
  }

  private static Incident reported(ViolationType type, List<String> evidence) {
    return new Incident(
        new Reported(1, 2, CANDIDATE, "written-exam"), type, "入场核验异常", evidence, "5", T0);
  }

  static ViolationType type(
      long id, String code, boolean evidence, Set<Sanction> sanctions, int years) {
    ViolationType t =
        new ViolationType(
            code,
            1,
            new ViolationTypeTerms("名称", "Name", "《规定》第十一条", evidence, "", sanctions, years),
            "system",
            T0);
    try {
      Field f = ViolationType.class.getDeclaredField("id");
      f.setAccessible(true);
      f.set(t, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return t;
  }
}
