package org.zhaokao.plugins.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of every screen: Simplified Chinese first and by default, English second.
 *
 * <p>Message bundles are named {@code messages_zh.properties} and {@code messages_en.properties},
 * with no base bundle: a request for zh_CN then never falls back to the server's default locale.
 */
public final class SupportedLocales {

  /** zh_CN, the default of every screen. */
  public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

  /** In the order a language switch shows them. */
  public static final List<Locale> ALL = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  private SupportedLocales() {}

  /**
   * The supported locale a language tag asks for ({@code zh}, {@code zh_CN}, {@code zh-Hans-CN},
   * {@code en}, {@code en-US}), or empty for anything else.
   */
  public static Optional<Locale> match(String tag) {
    if (tag == null || tag.isBlank() || tag.length() > 35) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
    return ALL.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
  }
}
