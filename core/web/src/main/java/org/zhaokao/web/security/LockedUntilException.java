package org.zhaokao.web.security;

import java.time.OffsetDateTime;
import org.apache.shiro.authc.LockedAccountException;

/** Too many wrong passwords: the account refuses logins until {@link #until()}. */
public class LockedUntilException extends LockedAccountException {

  private static final long serialVersionUID = 1L;

  private final OffsetDateTime until;

  public LockedUntilException(OffsetDateTime until) {
    super("locked until " + until);
    this.until = until;
  }

  public OffsetDateTime until() {
    return until;
  }
}
