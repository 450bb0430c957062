package org.zhaokao.platform.validation;

import jakarta.ejb.ApplicationException;
import java.time.OffsetDateTime;

/**
 * One client asked too often (HTTP 429): a throttle on its network address holds until {@link
 * #retryAt()}. A kind of conflict, so a page shows it like one, as the translated {@code
 * conflict.<code>}; the REST layer answers 429 with {@code Retry-After}.
 */
@ApplicationException(rollback = true)
public class TooManyRequestsException extends ConflictException {

  private static final long serialVersionUID = 1L;

  private final OffsetDateTime retryAt;

  public TooManyRequestsException(String code, String message, OffsetDateTime retryAt) {
    super(code, message);
    this.retryAt = retryAt;
  }

  /** When the client may ask again. */
  public OffsetDateTime retryAt() {
    return retryAt;
  }
}
