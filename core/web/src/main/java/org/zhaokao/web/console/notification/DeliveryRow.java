package org.zhaokao.web.console.notification;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.zhaokao.notification.application.log.DeliveryView;

/** One row of the console's delivery log; getters because Jakarta EL 5 does not read records. */
public final class DeliveryRow implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

  private final DeliveryView view;

  DeliveryRow(DeliveryView view) {
    this.view = view;
  }

  public String getId() {
    return view.id();
  }

  public String getEventType() {
    return view.eventType();
  }

  public String getChannel() {
    return view.channel();
  }

  /** The account, or the masked address; the inbox has only the former. */
  public String getRecipient() {
    String address = view.address() == null ? "" : view.address();
    return view.accountId() == null
        ? address
        : view.accountId() + (address.isEmpty() ? "" : " · " + address);
  }

  public String getStatus() {
    return view.status();
  }

  public int getAttempts() {
    return view.attempts();
  }

  public String getLastError() {
    return view.lastError() == null ? "" : view.lastError();
  }

  public String getCreatedAt() {
    return format(view.createdAt());
  }

  public String getSentAt() {
    return format(view.sentAt());
  }

  public boolean isResendable() {
    return "FAILED".equals(view.status());
  }

  private static String format(OffsetDateTime time) {
    return time == null ? "" : TIME.format(time);
  }
}
