package org.zhaokao.recruitment.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One step of an application's status timeline (报名进度), as the candidate sees it. */
@Entity
@Table(name = "core_application_event")
public class ApplicationEvent {

  @Id
  @SequenceGenerator(
      name = "core_application_event_seq",
      sequenceName = "core_application_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_application_event_seq")
  private Long id;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private EventKind kind;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime at;

  @Column(name = "actor_id", nullable = false)
  private long actorId;

  @Column(length = 1000)
  private String reason;

  protected ApplicationEvent() {}

  public ApplicationEvent(
      long applicationId, EventKind kind, OffsetDateTime at, long actorId, String reason) {
    this.applicationId = applicationId;
    this.kind = kind;
    this.at = at;
    this.actorId = actorId;
    this.reason = reason;
  }

  public long applicationId() {
    return applicationId;
  }

  public EventKind kind() {
    return kind;
  }

  public OffsetDateTime at() {
    return at;
  }

  public String reason() {
    return reason;
  }
}
