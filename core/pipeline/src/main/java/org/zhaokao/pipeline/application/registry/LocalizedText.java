package org.zhaokao.pipeline.application.registry;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.zhaokao.plugins.api.SupportedLocales;

/**
 * A text in every supported language, resolved from a plugin's messages at registration so that no
 * bundle (and so no reference to the plugin's class loader) is kept.
 *
 * @param byLanguage text by language code ({@code zh}, {@code en})
 */
public record LocalizedText(Map<String, String> byLanguage) {

  public LocalizedText {
    byLanguage = Map.copyOf(byLanguage);
  }

  /** The same text in every language (a fallback when a plugin has no message for a key). */
  public static LocalizedText same(String text) {
    Map<String, String> texts = new LinkedHashMap<>();
    SupportedLocales.ALL.forEach(l -> texts.put(l.getLanguage(), text));
    return new LocalizedText(texts);
  }

  /**
   * Resolves {@code key} in every supported language; a language the bundles miss shows the key
   * itself, which makes the gap visible instead of failing the registration.
   */
  public static LocalizedText resolve(Function<Locale, ResourceBundle> bundles, String key) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Locale locale : SupportedLocales.ALL) {
      texts.put(locale.getLanguage(), lookup(bundles, locale, key));
    }
    return new LocalizedText(texts);
  }

  private static String lookup(
      Function<Locale, ResourceBundle> bundles, Locale locale, String key) {
    try {
      ResourceBundle bundle = bundles.apply(locale);
      return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : key;
    } catch (MissingResourceException | ClassCastException e) {
      return key;
    }
  }

  /** The text in {@code locale}, or in the default language when that one is missing. */
  public String in(Locale locale) {
    String text = byLanguage.get(locale.getLanguage());
    return text != null
        ? text
        : byLanguage.getOrDefault(SupportedLocales.DEFAULT.getLanguage(), "");
  }
}
