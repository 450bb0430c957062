package org.zhaokao.notification.application.template;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.zhaokao.notification.application.NotificationGuard;
import org.zhaokao.notification.application.NotificationSettings;
import org.zhaokao.notification.domain.template.EventType;
import org.zhaokao.notification.domain.template.EventTypes;
import org.zhaokao.notification.domain.template.MessageTemplate;
import org.zhaokao.notification.domain.template.MessageTemplates;
import org.zhaokao.notification.domain.template.SmsLength;
import org.zhaokao.notification.domain.template.TemplateKey;
import org.zhaokao.notification.domain.template.TemplateRules;
import org.zhaokao.notification.domain.template.TemplateText;
import org.zhaokao.notification.domain.template.TemplateViolation;
import org.zhaokao.plugins.api.security.Actor;

/**
 * What content editors do with templates (模板管理): list, preview against samples, save. A save is
 * audited ({@code notification.template.saved}); a refused one changes nothing and is not.
 */
@Stateless
public class TemplateCatalog {

  @Inject private EventTypes events;
  @Inject private MessageTemplates templates;
  @Inject private NotificationGuard guard;

  public List<EventView> events() {
    return events.all().stream().map(EventView::of).toList();
  }

  public Optional<EventView> event(String eventType) {
    return events.find(eventType).map(EventView::of);
  }

  /** The templates of one event, or of all when {@code eventType} is null. */
  public List<TemplateView> templates(String eventType) {
    return templates.list(eventType).stream().map(TemplateView::of).toList();
  }

  public Optional<TemplateView> template(TemplateKey key) {
    return templates.find(key).map(TemplateView::of);
  }

  /**
   * Fills {@code subject} and {@code body} with the event's samples.
   *
   * @throws IllegalArgumentException if the event is unknown
   */
  public Preview preview(TemplateKey key, String subject, String body) {
    EventType event = event(key);
    List<TemplateViolation> violations = rules().check(event, key.channel(), subject, body);
    if (!violations.isEmpty()) {
      return new Preview("", "", 0, violations);
    }
    String filled = TemplateText.parse(body).render(event.samples());
    String title = subject == null ? "" : TemplateText.parse(subject).render(event.samples());
    return new Preview(title, filled, SmsLength.lengthOf(filled), List.of());
  }

  /**
   * Saves an editor's template, creating it if the event had none on that channel and language.
   *
   * @throws TemplateValidationException listing every reason it was refused; nothing is saved then
   * @throws IllegalArgumentException if the event is unknown
   * @throws org.zhaokao.platform.validation.AccessDeniedException without notification:manage
   */
  public TemplateView save(Actor actor, TemplateKey key, String subject, String body) {
    guard.requireManage(actor, "notification-template", key.toString());
    EventType event = event(key);
    String title = subject == null ? "" : subject;
    List<TemplateViolation> violations = rules().check(event, key.channel(), title, body);
    if (!violations.isEmpty()) {
      throw new TemplateValidationException("template " + key, violations);
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Optional<MessageTemplate> existing = templates.find(key);
    MessageTemplate saved;
    if (existing.isPresent()) {
      saved = existing.get();
      saved.edit(title, body, now);
    } else {
      // A template the owner never shipped has no default: it counts as edited from the start.
      saved = new MessageTemplate(key, "", "", now);
      saved.edit(title, body, now);
      templates.add(saved);
    }
    TemplateView view = TemplateView.of(saved);
    guard.record(
        guard
            .entry(actor, "notification.template.saved")
            .target("notification-template", key.toString())
            .detail("created", Boolean.toString(existing.isEmpty()))
            .detail("edited", Boolean.toString(view.edited()))
            .detail("subject", title.length() > 200 ? title.substring(0, 200) : title)
            .detail("bodyChars", Integer.toString(body == null ? 0 : body.length())));
    return view;
  }

  private EventType event(TemplateKey key) {
    return events
        .find(key.eventType())
        .orElseThrow(
            () -> new IllegalArgumentException("unknown event type '" + key.eventType() + "'"));
  }

  private static TemplateRules rules() {
    return new TemplateRules(NotificationSettings.smsLength());
  }
}
