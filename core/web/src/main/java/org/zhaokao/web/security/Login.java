package org.zhaokao.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.zhaokao.plugins.api.security.AccountPrincipal;

/**
 * Logs the current request's subject in, for the login page and the REST API alike. The old session
 * (if any) ends first, so the session id always changes at login (no session fixation).
 */
@ApplicationScoped
public class Login {

  /** Why a login failed; screens translate {@code login.failed.<REASON>}. */
  public enum Failure {
    BAD_CREDENTIALS,
    LOCKED,
    NOT_ACTIVE
  }

  /** A failed login: the reason, and the end of the lock when locked. */
  public static class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Failure reason;
    private final transient OffsetDateTime lockedUntil;

    Failed(Failure reason, OffsetDateTime lockedUntil) {
      super("login failed: " + reason);
      this.reason = reason;
      this.lockedUntil = lockedUntil;
    }

    public Failure reason() {
      return reason;
    }

    public Optional<OffsetDateTime> lockedUntil() {
      return Optional.ofNullable(lockedUntil);
    }
  }

  /**
   * @return the principal now logged in, and its session's CSRF token
   * @throws Failed when the identifier, the password or the account's state refuses the login
   */
  public Result login(String identifier, String password) {
    Subject subject = SecurityUtils.getSubject();
    subject.logout();
    UsernamePasswordToken token =
        new UsernamePasswordToken(
            identifier, password == null ? new char[0] : password.toCharArray());
    try {
      subject.login(token);
    } catch (LockedUntilException e) {
      throw new Failed(Failure.LOCKED, e.until());
    } catch (DisabledAccountException e) {
      throw new Failed(Failure.NOT_ACTIVE, null);
    } catch (AuthenticationException e) {
      throw new Failed(Failure.BAD_CREDENTIALS, null);
    } finally {
      token.clear();
    }
    AccountPrincipal principal = subject.getPrincipals().oneByType(AccountPrincipal.class);
    return new Result(principal, Csrf.tokenOf(subject.getSession()));
  }

  /** Who is logged in on this request, if anyone. */
  public Optional<AccountPrincipal> current() {
    Subject subject = SecurityUtils.getSubject();
    if (!subject.isAuthenticated()) {
      return Optional.empty();
    }
    return Optional.ofNullable(subject.getPrincipals().oneByType(AccountPrincipal.class));
  }

  public void logout() {
    SecurityUtils.getSubject().logout();
  }

  /**
   * A successful login.
   *
   * @param principal who logged in
   * @param csrfToken the token to send back in {@value Csrf#HEADER}
   */
  public record Result(AccountPrincipal principal, String csrfToken) {}
}
