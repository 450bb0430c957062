package org.zhaokao.notification.application.template;

import java.time.OffsetDateTime;
import org.zhaokao.notification.domain.template.MessageTemplate;

/**
 * A template as screens and the API show it.
 *
 * @param eventType the event
 * @param channel INBOX, EMAIL or SMS
 * @param locale zh-CN or en
 * @param subject the subject in use
 * @param body the body in use
 * @param defaultSubject the owner's default subject
 * @param defaultBody the owner's default body
 * @param edited whether an editor changed it from the default
 * @param updatedAt last change
 */
public record TemplateView(
    String eventType,
    String channel,
    String locale,
    String subject,
    String body,
    String defaultSubject,
    String defaultBody,
    boolean edited,
    OffsetDateTime updatedAt) {

  static TemplateView of(MessageTemplate t) {
    return new TemplateView(
        t.key().eventType(),
        t.key().channel().name(),
        t.key().locale(),
        t.subject(),
        t.body(),
        t.defaultSubject(),
        t.defaultBody(),
        t.edited(),
        t.updatedAt());
  }
}
