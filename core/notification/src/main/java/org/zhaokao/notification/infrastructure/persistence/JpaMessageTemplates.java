package org.zhaokao.notification.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhaokao.notification.domain.template.MessageTemplate;
import org.zhaokao.notification.domain.template.MessageTemplates;
import org.zhaokao.notification.domain.template.TemplateKey;

/** {@link MessageTemplates} on JPA; callers bring the transaction. */
@ApplicationScoped
public class JpaMessageTemplates implements MessageTemplates {

  @PersistenceContext(unitName = "notification")
  private EntityManager em;

  @Override
  public Optional<MessageTemplate> find(TemplateKey key) {
    return em.createQuery(
            "SELECT t FROM MessageTemplate t"
                + " WHERE t.eventType = :event AND t.channel = :channel AND t.locale = :locale",
            MessageTemplate.class)
        .setParameter("event", key.eventType())
        .setParameter("channel", key.channel())
        .setParameter("locale", key.locale())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<MessageTemplate> list(String eventType) {
    // Two queries rather than ":event IS NULL": PostgreSQL cannot type an untyped null parameter.
    if (eventType == null) {
      return em.createQuery(
              "SELECT t FROM MessageTemplate t ORDER BY t.eventType, t.channel, t.locale",
              MessageTemplate.class)
          .getResultList();
    }
    return em.createQuery(
            "SELECT t FROM MessageTemplate t WHERE t.eventType = :event"
                + " ORDER BY t.channel, t.locale",
            MessageTemplate.class)
        .setParameter("event", eventType)
        .getResultList();
  }

  @Override
  public void add(MessageTemplate template) {
    em.persist(template);
  }
}
