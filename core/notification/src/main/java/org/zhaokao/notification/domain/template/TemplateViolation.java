package org.zhaokao.notification.domain.template;

import java.util.List;

/**
 * Why a template was refused.
 *
 * @param field {@code subject} or {@code body}
 * @param code a stable code for programs and for translated messages: REQUIRED, TOO_LONG, SYNTAX,
 *     UNKNOWN_PLACEHOLDER, SMS_TOO_LONG
 * @param message what is wrong, in English, naming the placeholder or the length
 * @param arguments the particulars of the message, in order, for a translation of the code:
 *     TOO_LONG (length, maximum), SYNTAX (character position), UNKNOWN_PLACEHOLDER (placeholder,
 *     event, offered placeholders), SMS_TOO_LONG (length, limit, parts, excess)
 */
public record TemplateViolation(String field, String code, String message, List<String> arguments) {

  public TemplateViolation {
    arguments = List.copyOf(arguments);
  }

  /** A violation without particulars. */
  public TemplateViolation(String field, String code, String message) {
    this(field, code, message, List.of());
  }
}
