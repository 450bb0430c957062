package org.zhaokao.notification.application.template;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.notification.application.NotificationSettings;
import org.zhaokao.notification.domain.template.EventType;
import org.zhaokao.notification.domain.template.EventTypes;
import org.zhaokao.notification.domain.template.MessageTemplate;
import org.zhaokao.notification.domain.template.MessageTemplates;
import org.zhaokao.notification.domain.template.TemplateKey;
import org.zhaokao.notification.domain.template.TemplateRules;
import org.zhaokao.notification.domain.template.TemplateSyntaxException;
import org.zhaokao.notification.domain.template.TemplateText;
import org.zhaokao.notification.domain.template.TemplateViolation;
import org.zhaokao.plugins.api.NotificationTemplate;

/**
 * Takes in the default templates a stage plugin brings ({@code
 * StagePlugin.notificationTemplates()}) when it registers. Its events must be namespaced by its
 * stage id; the placeholders its templates use become the events' parameters (the plugin's defaults
 * are the declaration). A default an editor has changed keeps the editor's text.
 */
@Stateless
public class PluginTemplates {

  @Inject private EventTypes events;
  @Inject private MessageTemplates templates;

  /**
   * Stores or refreshes the plugin's defaults, all or none.
   *
   * @throws TemplateValidationException naming every template that breaks the rules
   */
  public void contribute(String stageId, List<NotificationTemplate> contributed) {
    take(stageId, "stage:" + stageId, contributed);
  }

  /**
   * Stores or refreshes the defaults of a core module's own events (namespaced by the module, such
   * as {@code account.verification-code}), all or none, like a plugin's.
   *
   * @throws TemplateValidationException naming every template that breaks the rules
   */
  public void contributeCore(String module, List<NotificationTemplate> contributed) {
    take(module, "core:" + module, contributed);
  }

  private void take(String stageId, String owner, List<NotificationTemplate> contributed) {
    if (contributed.isEmpty()) {
      return;
    }
    List<TemplateViolation> violations = new ArrayList<>();
    Map<String, Map<String, String>> parameters =
        parametersByEvent(stageId, contributed, violations);
    if (!violations.isEmpty()) {
      throw new TemplateValidationException("templates of " + owner, violations);
    }
    Map<String, EventType> byType = new LinkedHashMap<>();
    parameters.forEach((type, names) -> byType.put(type, eventFor(type, owner, names, violations)));
    TemplateRules rules = new TemplateRules(NotificationSettings.smsLength());
    for (NotificationTemplate t : contributed) {
      TemplateKey key = TemplateKey.of(t.eventType(), t.channel(), t.locale());
      rules.check(byType.get(t.eventType()), t.channel(), t.subject(), t.body()).stream()
          .map(
              v ->
                  new TemplateViolation(
                      v.field(), v.code(), key + ": " + v.message(), v.arguments()))
          .forEach(violations::add);
    }
    if (!violations.isEmpty()) {
      throw new TemplateValidationException("templates of " + owner, violations);
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    for (NotificationTemplate t : contributed) {
      TemplateKey key = TemplateKey.of(t.eventType(), t.channel(), t.locale());
      Optional<MessageTemplate> existing = templates.find(key);
      if (existing.isPresent()) {
        existing.get().newDefault(t.subject(), t.body(), now);
      } else {
        templates.add(new MessageTemplate(key, t.subject(), t.body(), now));
      }
    }
  }

  private EventType eventFor(
      String type, String owner, Map<String, String> samples, List<TemplateViolation> violations) {
    Optional<EventType> existing = events.find(type);
    if (existing.isPresent()) {
      if (!existing.get().owner().equals(owner)) {
        violations.add(
            new TemplateViolation(
                "eventType",
                "FOREIGN_EVENT",
                "event " + type + " belongs to " + existing.get().owner()));
      }
      existing.get().addParameters(samples);
      return existing.get();
    }
    EventType created = new EventType(type, owner, samples);
    events.add(created);
    return created;
  }

  private static Map<String, Map<String, String>> parametersByEvent(
      String stageId, List<NotificationTemplate> contributed, List<TemplateViolation> violations) {
    Map<String, Map<String, String>> parameters = new LinkedHashMap<>();
    for (NotificationTemplate t : contributed) {
      TemplateKey key;
      try {
        key = TemplateKey.of(t.eventType(), t.channel(), t.locale());
      } catch (IllegalArgumentException e) {
        violations.add(new TemplateViolation("locale", "UNSUPPORTED_LOCALE", e.getMessage()));
        continue;
      }
      if (!t.eventType().startsWith(stageId + ".")) {
        violations.add(
            new TemplateViolation(
                "eventType",
                "NOT_NAMESPACED",
                "event " + t.eventType() + " must start with '" + stageId + ".'"));
        continue;
      }
      Map<String, String> names =
          parameters.computeIfAbsent(t.eventType(), k -> new LinkedHashMap<>());
      for (String text : List.of(t.subject(), t.body())) {
        try {
          // The sample of a plugin's parameter is its name: previews then show where it goes.
          TemplateText.parse(text).placeholders().forEach(n -> names.put(n, n));
        } catch (TemplateSyntaxException e) {
          violations.add(new TemplateViolation("body", "SYNTAX", key + ": " + e.getMessage()));
        }
      }
    }
    return parameters;
  }
}
