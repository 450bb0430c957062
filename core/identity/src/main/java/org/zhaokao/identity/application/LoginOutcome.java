package org.zhaokao.identity.application;

import java.time.OffsetDateTime;
import org.zhaokao.plugins.api.security.AccountPrincipal;

/** How a login attempt ended. */
public sealed interface LoginOutcome {

  /** Identifier and password matched an active account. */
  record Success(AccountPrincipal principal) implements LoginOutcome {}

  /** No such account, or the wrong password: deliberately indistinguishable. */
  record BadCredentials() implements LoginOutcome {}

  /** Too many wrong passwords; no password is checked until the lock ends. */
  record Locked(OffsetDateTime until) implements LoginOutcome {}

  /** The account exists but may not log in (waiting for review, or disabled). */
  record NotActive() implements LoginOutcome {}
}
