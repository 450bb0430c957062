package org.zhaokao.web.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.zhaokao.plugins.api.security.AccountPrincipal;

/**
 * A staff or employer login between its password and its one-time code, kept in the (still
 * anonymous) session for a few minutes.
 *
 * @param principal who passed the password step
 * @param since when
 * @param enrolmentSecret the secret being enrolled, when the account has no second factor yet
 */
record PendingLogin(AccountPrincipal principal, Instant since, String enrolmentSecret)
    implements Serializable {

  static final String ATTRIBUTE = "zk.pendingLogin";
  static final Duration VALID_FOR = Duration.ofMinutes(5);

  boolean expired(Instant now) {
    return since.plus(VALID_FOR).isBefore(now);
  }

  @Override
  public String toString() {
    return "PendingLogin[" + principal.accountId() + "]";
  }
}
