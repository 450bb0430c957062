package org.zhaokao.web.support;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.zhaokao.plugins.api.SupportedLocales;
import org.zhaokao.ui.LocaleViewHandler;

/** The language a request's person reads: the site's language switch (cookie), else Chinese. */
public final class RequestLocale {

  private RequestLocale() {}

  public static Locale of(HttpServletRequest request) {
    Cookie[] cookies = request == null ? null : request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (LocaleViewHandler.COOKIE.equals(c.getName())) {
          return SupportedLocales.match(c.getValue()).orElse(SupportedLocales.DEFAULT);
        }
      }
    }
    return SupportedLocales.DEFAULT;
  }
}
