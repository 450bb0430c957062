package org.zhaokao.notification.domain.template;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An event people can be notified of (通知事件), e.g. {@code review.approved}: who owns it and which
 * parameters its templates may use, each with a sample value for previews.
 */
@Entity
@Table(name = "core_notification_event")
public class EventType {

  /** Owner of the core's own events; a plugin's events are owned by {@code stage:<id>}. */
  public static final String CORE = "core";

  @Id
  @Column(name = "event_type", length = 100)
  private String eventType;

  @Column(nullable = false, length = 60)
  private String owner;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "core_notification_event_parameter",
      joinColumns = @JoinColumn(name = "event_type"))
  @MapKeyColumn(name = "name", length = 60)
  @Column(name = "sample", nullable = false, length = 200)
  private Map<String, String> samples = new TreeMap<>();

  protected EventType() {}

  public EventType(String eventType, String owner, Map<String, String> samples) {
    this.eventType = eventType;
    this.owner = owner;
    this.samples = new TreeMap<>(samples);
  }

  public String eventType() {
    return eventType;
  }

  public String owner() {
    return owner;
  }

  /** Parameter names with their sample values, ordered by name. */
  public Map<String, String> samples() {
    return Collections.unmodifiableMap(new TreeMap<>(samples));
  }

  /** Adds parameters a newer version of the owner uses; existing samples stay. */
  public void addParameters(Map<String, String> more) {
    more.forEach(samples::putIfAbsent);
  }
}
