package org.zhaokao.pipeline.domain.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhaokao.pipeline.domain.ranking.AdvancementRule;
import org.zhaokao.pipeline.domain.ranking.Rounding;
import org.zhaokao.pipeline.domain.ranking.StageWeight;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;

class StageInstanceTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 5, 1, 9, 0, 0, 0, ZoneOffset.UTC);

  private static StageSettings written(int ratio) {
    return new StageSettings(
        AdvancementRule.ratio(ratio, new BigDecimal("60")),
        Optional.of(new BigDecimal("100")),
        new StageWeight(new BigDecimal("50"), Rounding.DEFAULT));
  }

  @Test
  void theScheduleMovesUntilTheStageStartsAndIsCheckedWhenSet() {
    StageInstance s = new StageInstance(1, 1, "written-exam", NOW);
    assertTrue(s.schedule().isEmpty());
    StageSchedule morning = new StageSchedule(NOW, NOW.plusHours(2), "  第十四中学 ");
    assertEquals("第十四中学", morning.place());
    s.schedule(morning, NOW);
    s.moveTo(StageInstanceStatus.NOTIFIED, NOW);
    StageSchedule later = new StageSchedule(NOW.plusDays(1), NOW.plusDays(1).plusHours(2), "别处");
    s.schedule(later, NOW);
    assertEquals(Optional.of(later), s.schedule());
    s.moveTo(StageInstanceStatus.IN_PROGRESS, NOW);
    assertThrows(ConflictException.class, () -> s.schedule(morning, NOW));
    assertEquals(Optional.of(later), s.schedule());

    assertThrows(InvalidInputException.class, () -> new StageSchedule(NOW, NOW, "x"));
    assertThrows(InvalidInputException.class, () -> new StageSchedule(NOW, NOW.plusDays(31), "x"));
    assertThrows(InvalidInputException.class, () -> new StageSchedule(null, NOW, "x"));
    assertThrows(InvalidInputException.class, () -> new StageSchedule(NOW, NOW.plusHours(1), " "));
    assertThrows(
        InvalidInputException.class,
        () -> new StageSchedule(NOW, NOW.plusHours(1), "地".repeat(201)));
  }

  @Test
  void lifecycleGoesOneStepAtATime() {
    StageInstance s = new StageInstance(1, 1, "written-exam", NOW);
    assertThrows(ConflictException.class, () -> s.moveTo(StageInstanceStatus.IN_PROGRESS, NOW));
    s.moveTo(StageInstanceStatus.NOTIFIED, NOW);
    s.moveTo(StageInstanceStatus.IN_PROGRESS, NOW);
    assertTrue(s.takesOutcomes());
    s.moveTo(StageInstanceStatus.RESULTS_ENTERED, NOW);
    s.confirm(77, NOW);
    assertEquals(Optional.of(77L), s.confirmedBy());
    assertFalse(s.takesOutcomes());
    s.moveTo(StageInstanceStatus.PUBLISHED, NOW);
    assertThrows(ConflictException.class, () -> s.moveTo(StageInstanceStatus.PUBLISHED, NOW));
    assertThrows(ConflictException.class, () -> s.moveTo(StageInstanceStatus.CONFIGURED, NOW));
  }

  @Test
  void ruleIsFrozenOnceTheStageStartsAndAChangeNeedsASecondApprover() {
    StageInstance s = new StageInstance(1, 1, "written-exam", NOW);
    s.configure(written(3), NOW);
    s.moveTo(StageInstanceStatus.NOTIFIED, NOW);
    s.configure(written(4), NOW);
    s.moveTo(StageInstanceStatus.IN_PROGRESS, NOW);
    assertThrows(ConflictException.class, () -> s.configure(written(2), NOW));
    s.proposeSettings(written(2), 10, NOW);
    assertEquals(4, s.settings().rule().ratio());
    assertThrows(ConflictException.class, () -> s.approveSettings(10, NOW));
    s.approveSettings(11, NOW);
    assertEquals(2, s.settings().rule().ratio());
    assertTrue(s.pendingSettings().isEmpty());
    assertThrows(ConflictException.class, () -> s.approveSettings(11, NOW));
  }

  @Test
  void settingsSurviveTheirTextForm() {
    StageSettings s = written(3);
    assertEquals(s, StageSettings.decode(s.encode()));
    StageSettings initial = StageSettings.initial();
    assertEquals(initial, StageSettings.decode(initial.encode()));
  }

  @Test
  void settingsRefuseAMinimumAboveTheRange() {
    assertThrows(
        InvalidInputException.class,
        () ->
            new StageSettings(
                AdvancementRule.minimumScore(new BigDecimal("120")),
                Optional.of(new BigDecimal("100")),
                new StageWeight(BigDecimal.ZERO, Rounding.DEFAULT)));
    assertThrows(
        InvalidInputException.class,
        () ->
            new StageSettings(
                AdvancementRule.ratio(3, null),
                Optional.empty(),
                new StageWeight(BigDecimal.ZERO, Rounding.DEFAULT)));
  }

  @Test
  void outcomeReportsAreIdempotentAndLateChangesTakeTwoPeople() {
    RecordedOutcome o =
        new RecordedOutcome(1, 2, 3, OutcomeStatus.PASSED, new BigDecimal("80.5"), "", NOW);
    assertFalse(o.replace(OutcomeStatus.PASSED, new BigDecimal("80.50"), "", NOW));
    assertTrue(o.replace(OutcomeStatus.PASSED, new BigDecimal("81"), "", NOW));
    o.proposeChange(OutcomeStatus.PASSED, new BigDecimal("85"), "复核", 5);
    assertThrows(ConflictException.class, () -> o.approveChange(5, NOW));
    o.approveChange(6, NOW);
    assertEquals(new BigDecimal("85"), o.score().orElseThrow());
  }

  @Test
  void chainNeedsInstalledStagesAfterTheirDependencies() {
    Map<String, List<String>> installed =
        Map.of(
            "written-exam", List.of(), "interview", List.of("written-exam"), "medical", List.of());
    assertEquals(
        List.of("written-exam", "interview", "medical"),
        StageChain.validated(List.of("written-exam", "interview", "medical"), installed)
            .stageIds());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> StageChain.validated(List.of("interview", "written-exam", "ghost"), installed));
    assertEquals(
        List.of("chain.dependency", "chain.unknown"),
        e.problems().stream().map(p -> p.code()).toList());
    assertThrows(
        InvalidInputException.class,
        () -> StageChain.validated(List.of("medical", "medical"), installed));
    assertThrows(InvalidInputException.class, () -> StageChain.validated(List.of(), installed));
  }
}
