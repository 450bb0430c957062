package org.zhaokao.notification.domain.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmsLengthTest {

  @Test
  void latinTextGets160CharactersChineseGets70() {
    SmsLength one = new SmsLength(1);
    assertEquals(160, one.limitFor("Your review passed."));
    assertEquals(70, one.limitFor("您的资格审核已通过。"));
    assertEquals(70, one.limitFor("Review passed: 张三"));
  }

  @Test
  void longMessagesCountPartsOf153Or67() {
    SmsLength two = new SmsLength(2);
    assertEquals(306, two.limitFor("plain"));
    assertEquals(134, two.limitFor("中文"));
  }

  @Test
  void gsmExtensionCharactersCountTwice() {
    assertEquals(5, SmsLength.lengthOf("{a}"));
    assertEquals(3, SmsLength.lengthOf("中{}"));
  }

  @Test
  void fitsComparesLengthAndLimit() {
    assertTrue(new SmsLength(1).fits("中".repeat(70)));
    assertFalse(new SmsLength(1).fits("中".repeat(71)));
  }

  @Test
  void partsAreBounded() {
    assertThrows(IllegalArgumentException.class, () -> new SmsLength(0));
  }
}
