package org.zhaokao.notification.domain.template;

import java.util.List;
import java.util.Optional;

/** Repository of {@link EventType}s. */
public interface EventTypes {

  Optional<EventType> find(String eventType);

  /** Every event, ordered by type. */
  List<EventType> all();

  void add(EventType event);
}
