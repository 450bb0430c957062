package org.zhaokao.written.domain.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhaokao.written.domain.bank.ItemType;
import org.zhaokao.written.domain.paper.PaperQuestion;

class OmrAnswersTest {

  private static PaperQuestion q(int n, ItemType t, int options) {
    List<String> opts = java.util.Collections.nCopies(options, "o");
    return new PaperQuestion(n, 1, n, t, "s", opts, List.of(), BigDecimal.ONE, "A");
  }

  private static final List<PaperQuestion> PAPER =
      List.of(
          q(1, ItemType.TRUE_FALSE, 0),
          q(2, ItemType.FILL_BLANK, 0),
          q(3, ItemType.SINGLE_CHOICE, 4),
          q(4, ItemType.MULTIPLE_CHOICE, 4));

  @Test
  void oneCharacterOrOneFieldPerMachineReadQuestion() {
    assertEquals(Map.of(1, "T", 3, "C"), OmrAnswers.read("tc-", PAPER).answers());
    assertEquals(Map.of(1, "F", 4, "BD"), OmrAnswers.read("F,,BD", PAPER).answers());
  }

  @Test
  void wrongLengthAndLettersAreNamed() {
    OmrAnswers.Result shortOne = OmrAnswers.read("TC", PAPER);
    assertFalse(shortOne.ok());
    assertEquals("2 answers for 3 machine-read questions of the paper", shortOne.problems().get(0));
    OmrAnswers.Result bad = OmrAnswers.read("XEA", PAPER);
    assertEquals(2, bad.problems().size(), bad.problems().toString());
    assertTrue(bad.problems().get(1).contains("outside A-D"), bad.problems().toString());
    assertFalse(OmrAnswers.read("T,AB,C", PAPER).ok(), "single choice takes one letter");
  }
}
