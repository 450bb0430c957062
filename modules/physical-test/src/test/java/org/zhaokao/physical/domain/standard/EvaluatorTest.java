package org.zhaokao.physical.domain.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public-security recruit standard (公安机关录用人民警察体能测评), worked by hand. */
class EvaluatorTest {

  private static final ItemStandard SHUTTLE =
      new ItemStandard(
          "SHUTTLE_10X4",
          Direction.LOWER_IS_BETTER,
          List.of(
              line(Gender.MALE, 0, 30, "13.1"),
              line(Gender.MALE, 31, null, "13.4"),
              line(Gender.FEMALE, 0, 30, "14.1"),
              line(Gender.FEMALE, 31, null, "14.4")));
  private static final ItemStandard RUN_1000 =
      new ItemStandard(
          "RUN_1000",
          Direction.LOWER_IS_BETTER,
          List.of(line(Gender.MALE, 0, 30, "265"), line(Gender.MALE, 31, null, "275")));
  private static final ItemStandard RUN_800 =
      new ItemStandard(
          "RUN_800",
          Direction.LOWER_IS_BETTER,
          List.of(line(Gender.FEMALE, 0, 30, "260"), line(Gender.FEMALE, 31, null, "270")));
  private static final ItemStandard JUMP =
      new ItemStandard(
          "VERTICAL_JUMP",
          Direction.HIGHER_IS_BETTER,
          List.of(line(Gender.MALE, 0, null, "265"), line(Gender.FEMALE, 0, null, "230")));
  private static final List<ItemStandard> POLICE = List.of(SHUTTLE, RUN_1000, RUN_800, JUMP);

  @Test
  void aTimeEqualToTheStandardMeetsItAndATenthOverDoesNot() {
    Evaluation at =
        eval(PassRule.all(), Gender.MALE, 25, Map.of("SHUTTLE_10X4", v("13.1")), SHUTTLE);
    assertEquals(Verdict.PASSED, at.overall());
    Evaluation over =
        eval(PassRule.all(), Gender.MALE, 25, Map.of("SHUTTLE_10X4", v("13.2")), SHUTTLE);
    assertEquals(Verdict.FAILED, over.overall());
  }

  @Test
  void aHeightEqualToTheStandardMeetsItAndACentimetreUnderDoesNot() {
    assertEquals(
        Verdict.PASSED,
        eval(PassRule.all(), Gender.FEMALE, 22, Map.of("VERTICAL_JUMP", v("230")), JUMP).overall());
    assertEquals(
        Verdict.FAILED,
        eval(PassRule.all(), Gender.FEMALE, 22, Map.of("VERTICAL_JUMP", v("229")), JUMP).overall());
  }

  @Test
  void theBestAttemptCountsInTheItemsDirection() {
    Evaluation shuttle =
        eval(
            PassRule.all(),
            Gender.MALE,
            25,
            Map.of("SHUTTLE_10X4", List.of(new BigDecimal("13.5"), new BigDecimal("12.9"))),
            SHUTTLE);
    assertEquals(new BigDecimal("12.9"), shuttle.items().get(0).best().orElseThrow());
    assertEquals(Verdict.PASSED, shuttle.overall());
    Evaluation jump =
        eval(
            PassRule.all(),
            Gender.MALE,
            25,
            Map.of("VERTICAL_JUMP", List.of(new BigDecimal("266"), new BigDecimal("258"))),
            JUMP);
    assertEquals(new BigDecimal("266"), jump.items().get(0).best().orElseThrow());
  }

  @Test
  void theAgeOnTheTestDayPicksTheBand() {
    // 13.3 s fails at 30 and passes at 31.
    assertEquals(
        Verdict.FAILED,
        eval(PassRule.all(), Gender.MALE, 30, Map.of("SHUTTLE_10X4", v("13.3")), SHUTTLE)
            .overall());
    assertEquals(
        Verdict.PASSED,
        eval(PassRule.all(), Gender.MALE, 31, Map.of("SHUTTLE_10X4", v("13.3")), SHUTTLE)
            .overall());
  }

  @Test
  void genderPicksTheFiguresAndTheItemsSat() {
    Map<String, List<BigDecimal>> sameFigures =
        Map.of("SHUTTLE_10X4", v("13.9"), "VERTICAL_JUMP", v("240"), "RUN_800", v("250"));
    Evaluation woman = Evaluator.evaluate(POLICE, PassRule.all(), Gender.FEMALE, 24, sameFigures);
    assertEquals(
        List.of("SHUTTLE_10X4", "RUN_800", "VERTICAL_JUMP"),
        woman.items().stream().map(ItemVerdict::code).toList());
    assertEquals(Verdict.PASSED, woman.overall());
    Evaluation man = Evaluator.evaluate(POLICE, PassRule.all(), Gender.MALE, 24, sameFigures);
    assertEquals(
        List.of("SHUTTLE_10X4", "RUN_1000", "VERTICAL_JUMP"),
        man.items().stream().map(ItemVerdict::code).toList());
    assertEquals(Verdict.FAILED, man.overall());
  }

  @Test
  void twoOfThreePassesWithOneItemMissedAndFailsWithTwo() {
    PassRule twoOfThree = PassRule.atLeast(2);
    // 13.0 ok, 4'30" = 270 > 265 missed, 270 cm ok.
    Evaluation one =
        Evaluator.evaluate(
            POLICE,
            twoOfThree,
            Gender.MALE,
            26,
            Map.of("SHUTTLE_10X4", v("13.0"), "RUN_1000", v("270"), "VERTICAL_JUMP", v("270")));
    assertEquals(Verdict.PASSED, one.overall(), one.summary());
    Evaluation two =
        Evaluator.evaluate(
            POLICE,
            twoOfThree,
            Gender.MALE,
            26,
            Map.of("SHUTTLE_10X4", v("13.2"), "RUN_1000", v("270"), "VERTICAL_JUMP", v("270")));
    assertEquals(Verdict.FAILED, two.overall(), two.summary());
    assertEquals(
        Verdict.FAILED,
        Evaluator.evaluate(
                POLICE,
                PassRule.all(),
                Gender.MALE,
                26,
                Map.of("SHUTTLE_10X4", v("13.0"), "RUN_1000", v("270"), "VERTICAL_JUMP", v("270")))
            .overall());
  }

  @Test
  void anItemWithoutAttemptsIsNotMet() {
    Evaluation e =
        Evaluator.evaluate(
            POLICE, PassRule.atLeast(2), Gender.MALE, 26, Map.of("SHUTTLE_10X4", v("12.0")));
    assertTrue(e.items().get(1).best().isEmpty());
    assertEquals(Verdict.FAILED, e.items().get(1).verdict());
    assertEquals(Verdict.FAILED, e.overall());
  }

  @Test
  void anAgeOutsideEveryBandIsAnError() {
    ItemStandard youngOnly =
        new ItemStandard(
            "PUSH_UPS", Direction.HIGHER_IS_BETTER, List.of(line(Gender.MALE, 18, 35, "30")));
    assertThrows(
        MissingStandardException.class,
        () -> eval(PassRule.all(), Gender.MALE, 36, Map.of("PUSH_UPS", v("40")), youngOnly));
  }

  @Test
  void overlappingBandsForOneGenderAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ItemStandard(
                "X",
                Direction.HIGHER_IS_BETTER,
                List.of(line(Gender.MALE, 18, 30, "1"), line(Gender.MALE, 30, null, "2"))));
  }

  @Test
  void atLeastRuleChecksWhatCanBeMet() {
    assertTrue(PassRule.atLeast(2).satisfiableWith(3));
    assertEquals(false, PassRule.atLeast(4).satisfiableWith(3));
    assertThrows(IllegalArgumentException.class, () -> PassRule.atLeast(0));
  }

  private static Evaluation eval(
      PassRule rule, Gender g, int age, Map<String, List<BigDecimal>> attempts, ItemStandard item) {
    return Evaluator.evaluate(List.of(item), rule, g, age, attempts);
  }

  private static List<BigDecimal> v(String value) {
    return List.of(new BigDecimal(value));
  }

  private static StandardLine line(Gender g, int min, Integer max, String threshold) {
    return new StandardLine(g, AgeBand.of(min, max), new BigDecimal(threshold));
  }
}
