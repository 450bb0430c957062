package org.zhaokao.notification.infrastructure.mail;

import java.util.Locale;

/**
 * The HTML part of an e-mail, made from the rendered plain text: escaped (parameter values are user
 * data), blank lines into paragraphs, line breaks kept. Editors write plain text only, so no
 * template can inject markup.
 */
public final class EmailHtml {

  private EmailHtml() {}

  public static String of(String subject, String text, Locale locale) {
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html><html lang=\"")
            .append(escape(locale.toLanguageTag()))
            .append("\"><head><meta charset=\"UTF-8\"><title>")
            .append(escape(subject))
            .append("</title></head><body style=\"font-family: sans-serif; line-height: 1.6\">");
    for (String paragraph : text.strip().split("\\R\\s*\\R")) {
      html.append("<p>").append(escape(paragraph.strip()).replaceAll("\\R", "<br>")).append("</p>");
    }
    return html.append("</body></html>").toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
