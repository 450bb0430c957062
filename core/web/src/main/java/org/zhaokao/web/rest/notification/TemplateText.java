package org.zhaokao.web.rest.notification;

/**
 * The editable part of a template in a request body.
 *
 * @param subject subject (e-mail) or title (inbox); ignored for SMS
 * @param body the text with {@code ${name}} placeholders
 */
public record TemplateText(String subject, String body) {}
