package org.zhaokao.ui;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.plugins.api.SupportedLocales;

/**
 * Chooses each view's language: the {@code lang} request parameter when a visitor switches
 * (remembered in a cookie for every Zhaokao WAR, path {@code /}), else that cookie, else zh_CN. The
 * browser's Accept-Language is deliberately ignored: the platform's default language is Chinese
 * whatever the browser says.
 */
public class LocaleViewHandler extends ViewHandlerWrapper {

  /** Request parameter of the language switch. */
  public static final String PARAMETER = "lang";

  /** Cookie that remembers the choice across WARs and visits. */
  public static final String COOKIE = "zk_lang";

  private static final int ONE_YEAR = 365 * 24 * 3600;

  public LocaleViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    ExternalContext external = context.getExternalContext();
    Optional<Locale> switched =
        SupportedLocales.match(external.getRequestParameterMap().get(PARAMETER));
    if (switched.isPresent()) {
      remember(external, switched.get());
      return switched.get();
    }
    Object cookie = external.getRequestCookieMap().get(COOKIE);
    if (cookie instanceof Cookie c) {
      return SupportedLocales.match(c.getValue()).orElse(SupportedLocales.DEFAULT);
    }
    return SupportedLocales.DEFAULT;
  }

  private static void remember(ExternalContext external, Locale locale) {
    external.addResponseCookie(
        COOKIE,
        locale.toLanguageTag(),
        Map.of(
            "path",
            "/",
            "maxAge",
            ONE_YEAR,
            "httpOnly",
            Boolean.TRUE,
            "secure",
            external.isSecure(),
            "SameSite",
            "Lax"));
  }
}
