package org.zhaokao.pipeline.application.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  @Test
  void aMissingKeyOrBundleShowsTheKeyInsteadOfFailing() {
    LocalizedText text =
        LocalizedText.resolve(
            l -> {
              throw new MissingResourceException("none", "x", "k");
            },
            "stage.x.name");
    assertEquals("stage.x.name", text.in(Locale.ENGLISH));
    assertEquals("stage.x.name", text.in(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void anUnsupportedLanguageFallsBackToChinese() {
    LocalizedText text = new LocalizedText(java.util.Map.of("zh", "面试", "en", "Interview"));
    assertEquals("面试", text.in(Locale.FRENCH));
  }
}
