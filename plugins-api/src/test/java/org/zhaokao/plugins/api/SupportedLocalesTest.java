package org.zhaokao.plugins.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SupportedLocalesTest {

  @Test
  void chineseIsTheDefaultAndComesFirst() {
    assertEquals(Locale.SIMPLIFIED_CHINESE, SupportedLocales.DEFAULT);
    assertEquals(SupportedLocales.DEFAULT, SupportedLocales.ALL.get(0));
  }

  @Test
  void matchesTheUsualSpellings() {
    for (String zh : new String[] {"zh", "zh_CN", "zh-CN", "zh-Hans-CN"}) {
      assertEquals(Locale.SIMPLIFIED_CHINESE, SupportedLocales.match(zh).orElseThrow(), zh);
    }
    assertEquals(Locale.ENGLISH, SupportedLocales.match("en-US").orElseThrow());
  }

  @Test
  void ignoresUnsupportedOrJunkTags() {
    for (String bad : new String[] {null, "", "fr", "x".repeat(100), "<script>"}) {
      assertTrue(SupportedLocales.match(bad).isEmpty(), String.valueOf(bad));
    }
  }
}
