package org.zhaokao.notification.domain.template;

import java.util.List;
import java.util.Optional;

/** Repository of {@link MessageTemplate}s. */
public interface MessageTemplates {

  Optional<MessageTemplate> find(TemplateKey key);

  /** The templates of one event, or of every event when {@code eventType} is null. */
  List<MessageTemplate> list(String eventType);

  void add(MessageTemplate template);
}
