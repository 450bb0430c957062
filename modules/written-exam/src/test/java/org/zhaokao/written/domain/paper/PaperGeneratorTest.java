package org.zhaokao.written.domain.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhaokao.written.domain.bank.Difficulty;
import org.zhaokao.written.domain.bank.ItemContent;
import org.zhaokao.written.domain.bank.ItemType;

class PaperGeneratorTest {

  static List<DrawableItem> bank() {
    List<DrawableItem> bank = new ArrayList<>();
    long id = 100;
    for (int i = 0; i < 12; i++) {
      bank.add(
          new DrawableItem(
              id++,
              new ItemContent(
                  ItemType.SINGLE_CHOICE,
                  "单选 " + i,
                  List.of("甲" + i, "乙" + i, "丙" + i, "丁" + i),
                  ItemContent.letter(i % 4),
                  BigDecimal.ONE,
                  "行测",
                  "言语",
                  i % 2 == 0 ? Difficulty.EASY : Difficulty.HARD)));
    }
    for (int i = 0; i < 6; i++) {
      bank.add(
          new DrawableItem(
              id++,
              new ItemContent(
                  ItemType.MULTIPLE_CHOICE,
                  "多选 " + i,
                  List.of("A" + i, "B" + i, "C" + i, "D" + i, "E" + i),
                  "AC",
                  BigDecimal.ONE,
                  "行测",
                  "",
                  Difficulty.MEDIUM)));
    }
    for (int i = 0; i < 4; i++) {
      bank.add(
          new DrawableItem(
              id++,
              new ItemContent(
                  ItemType.TRUE_FALSE,
                  "判断 " + i,
                  List.of(),
                  i % 2 == 0 ? "T" : "F",
                  BigDecimal.ONE,
                  "行测",
                  "",
                  Difficulty.EASY)));
    }
    return bank;
  }

  static Blueprint blueprint() {
    return new Blueprint(
        List.of(
            new Section(
                "一、单选", ItemType.SINGLE_CHOICE, 5, new BigDecimal("2"), "", "", Optional.empty()),
            new Section(
                "二、多选",
                ItemType.MULTIPLE_CHOICE,
                3,
                new BigDecimal("4"),
                "行测",
                "",
                Optional.empty()),
            new Section(
                "三、判断", ItemType.TRUE_FALSE, 2, new BigDecimal("1.5"), "", "", Optional.empty())));
  }

  @Test
  void theSameSeedRegeneratesTheSamePaper() {
    PaperContent first = PaperGenerator.generate(blueprint(), bank(), 42, 42);
    List<DrawableItem> shuffledBank = new ArrayList<>(bank());
    java.util.Collections.reverse(shuffledBank);
    PaperContent again = PaperGenerator.generate(blueprint(), shuffledBank, 42, 42);
    assertEquals(first, again);
    assertEquals(PaperCodec.write(first), PaperCodec.write(again));
  }

  @Test
  void differentCandidatesGetDifferentOrders() {
    Set<List<Long>> orders = new HashSet<>();
    for (long seed = 1; seed <= 5; seed++) {
      PaperContent p = PaperGenerator.generate(blueprint(), bank(), 7, seed);
      orders.add(p.questions().stream().map(PaperQuestion::itemId).toList());
    }
    assertTrue(orders.size() > 1, "orders: " + orders);
  }

  @Test
  void aFixedPaperHasTheSameItemsForEveryone() {
    PaperContent a = PaperGenerator.generate(blueprint(), bank(), 7, 1);
    PaperContent b = PaperGenerator.generate(blueprint(), bank(), 7, 2);
    assertEquals(itemSet(a), itemSet(b));
    assertNotEquals(
        a.questions().stream().map(PaperQuestion::options).toList(),
        b.questions().stream().map(PaperQuestion::options).toList());
  }

  @Test
  void questionsStayInTheirSectionsWithTheSectionsPoints() {
    PaperContent p = PaperGenerator.generate(blueprint(), bank(), 3, 9);
    assertEquals(10, p.questions().size());
    assertEquals(List.of("一、单选", "二、多选", "三、判断"), p.sectionTitles());
    for (PaperQuestion q : p.questions()) {
      ItemType expected =
          List.of(ItemType.SINGLE_CHOICE, ItemType.MULTIPLE_CHOICE, ItemType.TRUE_FALSE)
              .get(q.section());
      assertEquals(expected, q.type());
    }
    assertEquals(0, new BigDecimal("25.0").compareTo(p.total()));
    assertEquals(10, itemSet(p).size(), "no item twice");
  }

  @Test
  void theShownKeyNamesTheBanksKeyedOptions() {
    List<DrawableItem> bank = bank();
    for (long seed = 0; seed < 20; seed++) {
      for (PaperQuestion q : PaperGenerator.generate(blueprint(), bank, seed, seed).questions()) {
        ItemContent original =
            bank.stream().filter(i -> i.id() == q.itemId()).findFirst().orElseThrow().content();
        if (!q.type().hasOptions()) {
          assertEquals(original.key(), q.key());
          continue;
        }
        Set<String> keyedTexts = new HashSet<>();
        original.keyIndexes().forEach(i -> keyedTexts.add(original.options().get(i)));
        Set<String> shownKeyTexts = new HashSet<>();
        q.key().chars().forEach(c -> shownKeyTexts.add(q.options().get(c - 'A')));
        assertEquals(keyedTexts, shownKeyTexts, "question " + q.number() + " seed " + seed);
      }
    }
  }

  @Test
  void aSectionTheBankCannotFillIsNamed() {
    Blueprint tooMany =
        new Blueprint(
            List.of(
                new Section("", ItemType.TRUE_FALSE, 5, BigDecimal.ONE, "", "", Optional.empty())));
    InsufficientItemsException e =
        assertThrows(
            InsufficientItemsException.class, () -> PaperGenerator.checkFeasible(tooMany, bank()));
    assertEquals(0, e.section());
    assertEquals(4, e.available());
    Blueprint hardOnly =
        new Blueprint(
            List.of(
                new Section(
                    "",
                    ItemType.SINGLE_CHOICE,
                    7,
                    BigDecimal.ONE,
                    "",
                    "",
                    Optional.of(Difficulty.HARD))));
    assertEquals(
        6,
        assertThrows(
                InsufficientItemsException.class,
                () -> PaperGenerator.checkFeasible(hardOnly, bank()))
            .available());
  }

  @Test
  void papersSurviveTheirJsonForm() {
    PaperContent p = PaperGenerator.generate(blueprint(), bank(), 5, 6);
    assertEquals(p, PaperCodec.read(PaperCodec.write(p)));
    assertEquals(blueprint(), PaperCodec.readBlueprint(PaperCodec.write(blueprint())));
  }

  private static Set<Long> itemSet(PaperContent p) {
    Set<Long> s = new HashSet<>();
    p.questions().forEach(q -> s.add(q.itemId()));
    return s;
  }
}
