package org.zhaokao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every screen exists in Chinese and English: both bundles carry the same keys, none left empty.
 */
class MessageBundlesTest {

  @Test
  void coreWebBundlesMatch() throws IOException {
    assertSameKeys("org/zhaokao/web/messages");
  }

  @Test
  void uiKitBundlesMatch() throws IOException {
    assertSameKeys("org/zhaokao/ui/messages");
  }

  @Test
  void templateViolationMessagesFormatWithTheirArguments() throws IOException {
    for (String lang : new String[] {"zh", "en"}) {
      Properties p = load("org/zhaokao/web/messages_" + lang + ".properties");
      String text =
          new java.text.MessageFormat(p.getProperty("notification.violation.SYNTAX"))
              .format(new Object[] {"body", "7"});
      assertTrue(text.contains("${") && text.contains("7"), text);
      text =
          new java.text.MessageFormat(p.getProperty("notification.violation.UNKNOWN_PLACEHOLDER"))
              .format(new Object[] {"body", "${score}", "review.approved", "${name}"});
      assertTrue(text.contains("${score}") && text.contains("review.approved"), text);
    }
  }

  @Test
  void importAndTicketMessagesFormatWithTheirArguments() throws IOException {
    Properties zh = load("org/zhaokao/web/messages_zh.properties");
    String cell =
        new java.text.MessageFormat(zh.getProperty("validation.import.headcount"))
            .format(new Object[] {3, "D", "招聘人数"});
    assertEquals("第 3 行 D 列：招聘人数必须是 1 至 10000 的正整数。", cell);
    for (String lang : new String[] {"zh", "en"}) {
      Properties p = load("org/zhaokao/web/messages_" + lang + ".properties");
      String text =
          new java.text.MessageFormat(p.getProperty("validation.ticketPattern"))
              .format(new Object[] {});
      assertTrue(text.contains("{year}") && text.contains("{seq:N}"), text);
    }
  }

  private static void assertSameKeys(String base) throws IOException {
    Properties zh = load(base + "_zh.properties");
    Properties en = load(base + "_en.properties");
    assertEquals(
        new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()), base);
    zh.forEach((k, v) -> assertFalse(v.toString().isBlank(), base + " zh: " + k));
    en.forEach((k, v) -> assertFalse(v.toString().isBlank(), base + " en: " + k));
  }

  private static Properties load(String path) throws IOException {
    try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException(path + " not found");
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }
}
