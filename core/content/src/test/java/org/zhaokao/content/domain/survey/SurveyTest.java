package org.zhaokao.content.domain.survey;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhaokao.platform.validation.ConflictException;

class SurveyTest {

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-27T10:00:00+08:00");

  @Test
  void aSurveyWithAStageAsksAboutThatStage() {
    assertEquals(SurveyScope.STAGE, new Survey(1, 7L, "笔试", 3, NOW).scope());
    assertEquals(SurveyScope.RECRUITMENT, new Survey(1, null, "总体", 3, NOW).scope());
  }

  @Test
  void takesAnswersOnlyWhileOpen() {
    Survey s = new Survey(1, null, "总体", 3, NOW);
    assertEquals("survey-not-open", assertThrows(ConflictException.class, s::requireOpen).code());
    s.open(NOW);
    assertDoesNotThrow(s::requireOpen);
    assertEquals(SurveyStatus.OPEN, s.status());
    s.close(NOW.plusDays(3));
    assertEquals("survey-not-open", assertThrows(ConflictException.class, s::requireOpen).code());
  }

  @Test
  void opensOnceAndClosesOnce() {
    Survey s = new Survey(1, null, "总体", 3, NOW);
    s.open(NOW);
    assertThrows(ConflictException.class, () -> s.open(NOW));
    s.close(NOW);
    assertThrows(ConflictException.class, () -> s.close(NOW));
    assertThrows(ConflictException.class, () -> s.open(NOW));
  }

  @Test
  void aResponseNeedsAMarkFromOneToFiveForEveryQuestion() {
    Map<Question, Integer> marks = new EnumMap<>(Question.class);
    for (Question q : Question.values()) {
      marks.put(q, 4);
    }
    assertEquals(4, new SurveyResponse(1, 2, marks, null, NOW).marks().get(Question.ATTITUDE));
    marks.put(Question.RESULT, 6);
    assertThrows(IllegalArgumentException.class, () -> new SurveyResponse(1, 2, marks, null, NOW));
    marks.put(Question.RESULT, 0);
    assertThrows(IllegalArgumentException.class, () -> new SurveyResponse(1, 2, marks, null, NOW));
    marks.remove(Question.RESULT);
    assertThrows(IllegalArgumentException.class, () -> new SurveyResponse(1, 2, marks, null, NOW));
  }

  @Test
  void theResponseRateIsAPercentWithOneDecimal() {
    assertEquals("66.7", SurveyTally.rate(2, 3).toPlainString());
    assertEquals("100.0", SurveyTally.rate(4, 4).toPlainString());
    assertEquals("0.0", SurveyTally.rate(0, 0).toPlainString());
    assertEquals("3.67", SurveyTally.rounded(11 / 3.0).toPlainString());
  }
}
