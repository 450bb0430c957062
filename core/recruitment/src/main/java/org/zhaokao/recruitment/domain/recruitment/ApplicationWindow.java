package org.zhaokao.recruitment.domain.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The application window (报名时间): applications are taken from {@code opensAt} (included) until
 * {@code closesAt} (excluded). Times carry their offset; announcements state them in China Standard
 * Time.
 */
@Embeddable
public class ApplicationWindow {

  @Column(name = "window_opens_at", nullable = false)
  private OffsetDateTime opensAt;

  @Column(name = "window_closes_at", nullable = false)
  private OffsetDateTime closesAt;

  protected ApplicationWindow() {}

  /**
   * @throws IllegalArgumentException unless the window closes after it opens
   */
  public ApplicationWindow(OffsetDateTime opensAt, OffsetDateTime closesAt) {
    Objects.requireNonNull(opensAt, "opensAt");
    Objects.requireNonNull(closesAt, "closesAt");
    if (!closesAt.isAfter(opensAt)) {
      throw new IllegalArgumentException("the window must close after it opens");
    }
    this.opensAt = opensAt;
    this.closesAt = closesAt;
  }

  /** Whether applications are taken at {@code now}. */
  public boolean isOpenAt(Instant now) {
    return !now.isBefore(opensAt.toInstant()) && now.isBefore(closesAt.toInstant());
  }

  public boolean hasClosedAt(Instant now) {
    return !now.isBefore(closesAt.toInstant());
  }

  public OffsetDateTime opensAt() {
    return opensAt;
  }

  public OffsetDateTime closesAt() {
    return closesAt;
  }
}
