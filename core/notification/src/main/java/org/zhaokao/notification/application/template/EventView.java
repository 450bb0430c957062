package org.zhaokao.notification.application.template;

import java.util.Map;
import org.zhaokao.notification.domain.template.EventType;

/**
 * An event as screens and the API show it.
 *
 * @param eventType the event
 * @param owner {@code core} or {@code stage:<id>}
 * @param parameters the placeholders its templates may use, with sample values
 */
public record EventView(String eventType, String owner, Map<String, String> parameters) {

  static EventView of(EventType e) {
    return new EventView(e.eventType(), e.owner(), e.samples());
  }
}
