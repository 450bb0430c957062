package org.zhaokao.notification.domain.template;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.zhaokao.plugins.api.NotificationChannel;

/**
 * The template of one event on one channel in one language (通知模板). Keeps the owner's default beside
 * the text in use, so a plugin upgrade refreshes the default without undoing an editor's change.
 */
@Entity
@Table(name = "core_notification_template")
public class MessageTemplate {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "event_type", nullable = false, length = 100)
  private String eventType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private NotificationChannel channel;

  @Column(nullable = false, length = 10)
  private String locale;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(nullable = false, length = 4000)
  private String body;

  @Column(name = "default_subject", nullable = false, length = 200)
  private String defaultSubject;

  @Column(name = "default_body", nullable = false, length = 4000)
  private String defaultBody;

  @Column(nullable = false)
  private boolean edited;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected MessageTemplate() {}

  /** A template as its owner ships it. */
  public MessageTemplate(TemplateKey key, String subject, String body, OffsetDateTime at) {
    this.id = UUID.randomUUID().toString();
    this.eventType = key.eventType();
    this.channel = key.channel();
    this.locale = key.locale();
    this.subject = subject;
    this.body = body;
    this.defaultSubject = subject;
    this.defaultBody = body;
    this.updatedAt = at;
  }

  /** An editor's change; validated by the caller. */
  public void edit(String subject, String body, OffsetDateTime at) {
    this.subject = subject;
    this.body = body;
    this.edited = !(subject.equals(defaultSubject) && body.equals(defaultBody));
    this.updatedAt = at;
  }

  /** The owner ships a new default; the text in use follows unless an editor changed it. */
  public void newDefault(String subject, String body, OffsetDateTime at) {
    if (subject.equals(defaultSubject) && body.equals(defaultBody)) {
      return;
    }
    this.defaultSubject = subject;
    this.defaultBody = body;
    if (!edited) {
      this.subject = subject;
      this.body = body;
    }
    this.updatedAt = at;
  }

  public TemplateKey key() {
    return new TemplateKey(eventType, channel, locale);
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public String defaultSubject() {
    return defaultSubject;
  }

  public String defaultBody() {
    return defaultBody;
  }

  public boolean edited() {
    return edited;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
