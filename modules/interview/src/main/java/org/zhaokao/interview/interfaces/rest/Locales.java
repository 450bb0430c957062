package org.zhaokao.interview.interfaces.rest;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.zhaokao.plugins.api.SupportedLocales;
import org.zhaokao.ui.LocaleViewHandler;

/**
 * The language of a download, chosen as the screens choose it ({@link LocaleViewHandler}): the
 * {@code lang} parameter, else the visitor's remembered choice, else Chinese — never the browser's
 * Accept-Language.
 */
final class Locales {

  private Locales() {}

  static Locale of(HttpServletRequest request) {
    Optional<Locale> asked =
        SupportedLocales.match(request.getParameter(LocaleViewHandler.PARAMETER));
    if (asked.isPresent()) {
      return asked.get();
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (c.getName().equals(LocaleViewHandler.COOKIE)) {
          return SupportedLocales.match(c.getValue()).orElse(SupportedLocales.DEFAULT);
        }
      }
    }
    return SupportedLocales.DEFAULT;
  }
}
