package org.zhaokao.written.domain.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemContentTest {

  private static ItemContent of(ItemType type, List<String> options, String key) {
    return new ItemContent(type, "题干", options, key, BigDecimal.ONE, "行测", "", Difficulty.EASY);
  }

  private static List<String> fields(ItemContent c) {
    return c.violations().stream().map(ItemContent.Violation::field).toList();
  }

  @Test
  void wellFormedItemsOfEveryTypeAreAccepted() {
    assertTrue(of(ItemType.SINGLE_CHOICE, List.of("a", "b"), "b").violations().isEmpty());
    assertTrue(of(ItemType.MULTIPLE_CHOICE, List.of("a", "b", "c"), "C, a").violations().isEmpty());
    assertEquals("AC", of(ItemType.MULTIPLE_CHOICE, List.of("a", "b", "c"), "C, a").key());
    assertTrue(of(ItemType.TRUE_FALSE, List.of(), "t").violations().isEmpty());
    assertTrue(of(ItemType.FILL_BLANK, List.of(), "北京|Beijing;长江").violations().isEmpty());
    assertTrue(of(ItemType.ESSAY, List.of(), "").violations().isEmpty());
  }

  @Test
  void everyWrongFieldIsNamed() {
    assertEquals(List.of("key"), fields(of(ItemType.SINGLE_CHOICE, List.of("a", "b"), "C")));
    assertEquals(List.of("key"), fields(of(ItemType.SINGLE_CHOICE, List.of("a", "b"), "AB")));
    assertEquals(List.of("key"), fields(of(ItemType.MULTIPLE_CHOICE, List.of("a", "b"), "A")));
    assertEquals(List.of("options"), fields(of(ItemType.SINGLE_CHOICE, List.of("a"), "A")));
    assertEquals(List.of("key"), fields(of(ItemType.TRUE_FALSE, List.of(), "yes")));
    assertEquals(List.of("key"), fields(of(ItemType.FILL_BLANK, List.of(), "北京;")));
    ItemContent empty =
        new ItemContent(ItemType.ESSAY, " ", List.of(), "", BigDecimal.ZERO, "", "", null);
    assertEquals(List.of("stem", "points", "difficulty", "subject"), fields(empty));
  }
}
