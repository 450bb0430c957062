package org.zhaokao.content.application;

import org.zhaokao.platform.validation.Checks;
import org.zhaokao.recruitment.domain.recruitment.AnnouncementHtml;

/**
 * Checks of typed text. Plain fields are kept as typed (the screens escape them, so markup shows as
 * text); rich text is cleaned by the announcement policy before it is checked or stored.
 */
final class TextInput {

  private TextInput() {}

  /** Trimmed; null becomes empty. */
  static String plain(String s) {
    return s == null ? "" : s.strip();
  }

  /** Requires 1 to {@code max} characters after trimming. */
  static void text(Checks checks, String field, String value, int max) {
    String t = plain(value);
    checks.require(
        !t.isEmpty() && t.length() <= max,
        field,
        "text",
        "Required, at most " + max + " characters",
        max);
  }

  /** The safe subset of {@code html}, refused when it shows no text or is too long. */
  static String rich(Checks checks, String field, String html, int max) {
    if (html != null && html.length() > 2 * max) {
      checks.require(false, field, "text", "Required, at most " + max + " characters", max);
      return "";
    }
    String clean = AnnouncementHtml.sanitise(html);
    checks.require(
        AnnouncementHtml.hasText(clean) && clean.length() <= max,
        field,
        "text",
        "Required, at most " + max + " characters",
        max);
    return clean;
  }
}
