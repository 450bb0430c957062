package org.zhaokao.notification.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhaokao.notification.domain.template.EventType;
import org.zhaokao.notification.domain.template.EventTypes;

/** {@link EventTypes} on JPA; callers bring the transaction. */
@ApplicationScoped
public class JpaEventTypes implements EventTypes {

  @PersistenceContext(unitName = "notification")
  private EntityManager em;

  @Override
  public Optional<EventType> find(String eventType) {
    return Optional.ofNullable(em.find(EventType.class, eventType));
  }

  @Override
  public List<EventType> all() {
    return em.createQuery("SELECT e FROM EventType e ORDER BY e.eventType", EventType.class)
        .getResultList();
  }

  @Override
  public void add(EventType event) {
    em.persist(event);
  }
}
