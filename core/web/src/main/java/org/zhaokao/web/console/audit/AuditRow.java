package org.zhaokao.web.console.audit;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.zhaokao.audit.domain.AuditRecord;

/**
 * One row of the console's audit table, ready to show. A bean with getters because Jakarta EL 5 (EE
 * 10) does not read record components.
 */
public final class AuditRow implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The agency works in China Standard Time; the trail itself is in UTC. */
  static final ZoneId SHOWN_IN = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(SHOWN_IN);

  private final long id;
  private final String position;
  private final String time;
  private final String actor;
  private final String role;
  private final String action;
  private final String target;
  private final String result;
  private final String clientIp;
  private final String userAgent;
  private final String details;
  private final String hash;

  AuditRow(AuditRecord r) {
    this.id = r.id();
    this.position = r.position() == null ? "" : r.position().toString();
    this.time = TIME.format(r.occurredAt());
    this.actor = r.actorId();
    this.role = r.actorRole();
    this.action = r.action();
    this.target = r.targetType().isEmpty() ? "" : r.targetType() + " " + r.targetId();
    this.result = r.result().name();
    this.clientIp = r.clientIp();
    this.userAgent = r.userAgent();
    this.details = r.details();
    this.hash = r.hash() == null ? "" : r.hash();
  }

  public long getId() {
    return id;
  }

  /** Chain position, empty while the row is not linked yet. */
  public String getPosition() {
    return position;
  }

  public String getTime() {
    return time;
  }

  public String getActor() {
    return actor;
  }

  public String getRole() {
    return role;
  }

  public String getAction() {
    return action;
  }

  public String getTarget() {
    return target;
  }

  /** Result name, also the CSS modifier of the badge. */
  public String getResult() {
    return result;
  }

  public String getClientIp() {
    return clientIp;
  }

  public String getUserAgent() {
    return userAgent;
  }

  public String getDetails() {
    return details;
  }

  /** The first 12 characters of the hash, enough to compare by eye. */
  public String getShortHash() {
    return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
  }

  public String getHash() {
    return hash;
  }
}
