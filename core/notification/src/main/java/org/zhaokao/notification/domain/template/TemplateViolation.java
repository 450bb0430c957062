package org.zhaokao.notification.domain.template;

/**
 * Why a template was refused.
 *
 * @param field {@code subject} or {@code body}
 * @param code a stable code for programs: REQUIRED, TOO_LONG, SYNTAX, UNKNOWN_PLACEHOLDER,
 *     SMS_TOO_LONG
 * @param message what is wrong, naming the placeholder or the length
 */
public record TemplateViolation(String field, String code, String message) {}
