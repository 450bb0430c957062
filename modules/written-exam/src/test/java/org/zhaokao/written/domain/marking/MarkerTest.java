package org.zhaokao.written.domain.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhaokao.written.domain.bank.Difficulty;
import org.zhaokao.written.domain.bank.ItemContent;
import org.zhaokao.written.domain.bank.ItemType;
import org.zhaokao.written.domain.paper.Blueprint;
import org.zhaokao.written.domain.paper.DrawableItem;
import org.zhaokao.written.domain.paper.PaperContent;
import org.zhaokao.written.domain.paper.PaperGenerator;
import org.zhaokao.written.domain.paper.PaperQuestion;
import org.zhaokao.written.domain.paper.Section;

class MarkerTest {

  private static final String RIGHT = "正确";

  private static DrawableItem item(long id, ItemType type, List<String> options, String key) {
    return new DrawableItem(
        id,
        new ItemContent(type, "题" + id, options, key, BigDecimal.ONE, "法律", "", Difficulty.EASY));
  }

  /**
   * One of each type; the right option's text is always 正确, so the test finds it after shuffling.
   */
  private static PaperContent paper(long seed) {
    List<DrawableItem> bank =
        List.of(
            item(1, ItemType.SINGLE_CHOICE, List.of("错1", RIGHT, "错2", "错3"), "B"),
            item(2, ItemType.MULTIPLE_CHOICE, List.of(RIGHT, "错1", RIGHT, "错2"), "AC"),
            item(3, ItemType.TRUE_FALSE, List.of(), "F"),
            item(4, ItemType.FILL_BLANK, List.of(), "北京|Beijing;长江"),
            item(5, ItemType.ESSAY, List.of(), "要点"));
    List<Section> sections = new java.util.ArrayList<>();
    for (ItemType t : ItemType.values()) {
      sections.add(new Section("", t, 1, new BigDecimal("4"), "", "", Optional.empty()));
    }
    return PaperGenerator.generate(new Blueprint(sections), bank, seed, seed);
  }

  private static String rightLetters(PaperQuestion q) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < q.options().size(); i++) {
      if (q.options().get(i).equals(RIGHT)) {
        b.append(ItemContent.letter(i));
      }
    }
    return b.toString();
  }

  @Test
  void theRightAnswersScoreFullMarksThroughEveryShuffle() {
    for (long seed = 0; seed < 30; seed++) {
      PaperContent p = paper(seed);
      Map<Integer, String> answers = new HashMap<>();
      for (PaperQuestion q : p.questions()) {
        answers.put(
            q.number(),
            switch (q.type()) {
              case SINGLE_CHOICE -> rightLetters(q);
              case MULTIPLE_CHOICE -> new StringBuilder(rightLetters(q)).reverse().toString();
              case TRUE_FALSE -> "f";
              case FILL_BLANK -> " beijing ；长江";
              case ESSAY -> "论述";
            });
      }
      assertEquals(0, new BigDecimal("16").compareTo(Marker.objectiveTotal(p, answers)), "" + seed);
    }
  }

  @Test
  void wrongOrPartialAnswersScoreWhatTheRulesSay() {
    PaperContent p = paper(11);
    for (PaperQuestion q : p.questions()) {
      switch (q.type()) {
        case SINGLE_CHOICE -> {
          String wrong = rightLetters(q).equals("A") ? "B" : "A";
          assertEquals(BigDecimal.ZERO, Marker.mark(q, wrong).orElseThrow());
        }
        case MULTIPLE_CHOICE ->
            assertEquals(
                BigDecimal.ZERO, Marker.mark(q, rightLetters(q).substring(0, 1)).orElseThrow());
        case TRUE_FALSE -> assertEquals(BigDecimal.ZERO, Marker.mark(q, "T").orElseThrow());
        case FILL_BLANK -> {
          assertEquals(new BigDecimal("2.00"), Marker.mark(q, "北京;黄河").orElseThrow());
          assertEquals(new BigDecimal("0.00"), Marker.mark(q, null).orElseThrow());
        }
        case ESSAY -> assertTrue(Marker.mark(q, "论述").isEmpty(), "people mark essays");
      }
    }
  }

  @Test
  void peopleMarkAnsweredEssaysAndBlanksTheKeyCannotSettle() {
    PaperContent p = paper(5);
    Map<Integer, String> answers = new HashMap<>();
    for (PaperQuestion q : p.questions()) {
      switch (q.type()) {
        case ESSAY -> {
          assertTrue(Marker.needsPeople(q, "论述"));
          assertFalse(Marker.needsPeople(q, "  "), "an empty essay scores 0 without anyone");
          answers.put(q.number(), "论述");
        }
        case FILL_BLANK -> {
          assertFalse(Marker.needsPeople(q, "Beijing;长江"), "accepted answers settle");
          assertFalse(Marker.needsPeople(q, "北京;"), "an empty blank is simply wrong");
          assertTrue(Marker.needsPeople(q, "北京市;长江"), "a variant is for a marker to judge");
          answers.put(q.number(), "北京市;长江");
        }
        case TRUE_FALSE -> {
          assertFalse(Marker.needsPeople(q, "T"));
          answers.put(q.number(), "F");
        }
        default -> assertFalse(Marker.needsPeople(q, "A"));
      }
    }
    // Only the true/false item is the machine's: the blank and the essay go to people.
    assertEquals(0, new BigDecimal("4").compareTo(Marker.settledTotal(p, answers)));
  }
}
