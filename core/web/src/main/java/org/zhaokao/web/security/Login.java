package org.zhaokao.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.session.Session;
import org.apache.shiro.subject.Subject;
import org.zhaokao.identity.application.Authentication;
import org.zhaokao.identity.application.LoginOutcome;
import org.zhaokao.identity.application.SecondFactor;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditResult;
import org.zhaokao.plugins.api.security.AccountPrincipal;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.security.web.Csrf;

/**
 * Logs the current request's subject in, for the login page and the REST API alike. Candidates log
 * in with their password; staff and employer users also with a one-time code from their
 * authenticator app (enrolled at their first login). The old session ends when the login completes,
 * so the session id always changes at login (no session fixation).
 */
@ApplicationScoped
public class Login {

  /** Why a login failed; screens translate {@code login.failed.<REASON>}. */
  public enum Failure {
    BAD_CREDENTIALS,
    BAD_CODE,
    LOCKED,
    NOT_ACTIVE,
    EXPIRED
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
   * A completed login.
   *
   * @param principal who logged in
   * @param csrfToken the token to send back in {@value Csrf#HEADER}
   * @param recoveryCodes the recovery codes, once, when the second factor was just enrolled
   */
  public record Result(AccountPrincipal principal, String csrfToken, List<String> recoveryCodes) {}

  /**
   * What the password step leads to: a completed login, or the second step.
   *
   * @param done the completed login (candidates), or empty
   * @param enrolment the secret to enrol when the account has no second factor yet, or empty when a
   *     code from the enrolled app is asked for
   */
  public record Step(Optional<Result> done, Optional<SecondFactor.Enrolment> enrolment) {}

  @EJB private Authentication authentication;
  @EJB private SecondFactor secondFactor;
  @Inject private RequestAudit audit;
  @Inject private HttpServletRequest request;

  /**
   * The password step. @throws Failed when identifier, password or the account's state refuse it
   */
  public Step login(String identifier, String password) {
    AccountPrincipal principal =
        accept(authentication.login(identifier, password), Failure.BAD_CREDENTIALS, "auth.login");
    if (principal.candidate()) {
      return new Step(Optional.of(establish(principal, List.of(), "password")), Optional.empty());
    }
    Subject subject = SecurityUtils.getSubject();
    subject.logout();
    Optional<SecondFactor.Enrolment> enrolment =
        secondFactor.enrolled(principal.accountId())
            ? Optional.empty()
            : Optional.of(secondFactor.startEnrolment(principal.accountId()));
    subject
        .getSession()
        .setAttribute(
            PendingLogin.ATTRIBUTE,
            new PendingLogin(
                principal,
                Instant.now(),
                enrolment.map(SecondFactor.Enrolment::secret).orElse(null)));
    return new Step(Optional.empty(), enrolment);
  }

  /**
   * The second step: a code from the app (or a recovery code), or the first code of a new
   * enrolment.
   */
  public Result secondStep(String code) {
    Session session = SecurityUtils.getSubject().getSession(false);
    Object pending = session == null ? null : session.getAttribute(PendingLogin.ATTRIBUTE);
    if (!(pending instanceof PendingLogin p) || p.expired(Instant.now())) {
      throw new Failed(Failure.EXPIRED, null);
    }
    long accountId = p.principal().accountId();
    if (p.enrolmentSecret() != null) {
      List<String> recoveryCodes = secondFactor.enrol(accountId, p.enrolmentSecret(), code);
      audit.record(audit.entry("auth.second-factor.enrolled", RequestAudit.actorOf(p.principal())));
      return establish(p.principal(), recoveryCodes, "totp-enrolment");
    }
    AccountPrincipal verified =
        accept(secondFactor.verify(accountId, code), Failure.BAD_CODE, "auth.second-factor");
    return establish(verified, List.of(), "totp");
  }

  /** The secret being enrolled on this session, if the second step is an enrolment. */
  public Optional<SecondFactor.Enrolment> pendingEnrolment() {
    Session session = SecurityUtils.getSubject().getSession(false);
    Object pending = session == null ? null : session.getAttribute(PendingLogin.ATTRIBUTE);
    if (pending instanceof PendingLogin p && p.enrolmentSecret() != null) {
      return Optional.of(secondFactor.enrolmentOf(p.principal().accountId(), p.enrolmentSecret()));
    }
    return Optional.empty();
  }

  /** Who is logged in on this request, if anyone. */
  public Optional<AccountPrincipal> current() {
    Subject subject = SecurityUtils.getSubject();
    if (!subject.isAuthenticated()) {
      return Optional.empty();
    }
    return Optional.ofNullable(subject.getPrincipals().oneByType(AccountPrincipal.class));
  }

  /** The actor of the current request, to hand to application services. */
  public Actor actor() {
    return org.zhaokao.security.web.RequestActor.of(request);
  }

  public void logout() {
    current().ifPresent(p -> audit.record(audit.entry("auth.logout", RequestAudit.actorOf(p))));
    SecurityUtils.getSubject().logout();
  }

  /** The principal of a successful step; otherwise records the failure and throws it. */
  private AccountPrincipal accept(LoginOutcome outcome, Failure wrong, String action) {
    if (outcome instanceof LoginOutcome.Success s) {
      return s.principal();
    }
    Failure failure =
        outcome instanceof LoginOutcome.Locked
            ? Failure.LOCKED
            : outcome instanceof LoginOutcome.NotActive ? Failure.NOT_ACTIVE : wrong;
    audit.record(
        audit
            .entry(action + ".failed", AuditActor.anonymous())
            .result(failure == Failure.LOCKED ? AuditResult.DENIED : AuditResult.FAILED)
            .detail("reason", failure.name()));
    throw new Failed(failure, outcome instanceof LoginOutcome.Locked l ? l.until() : null);
  }

  private Result establish(AccountPrincipal principal, List<String> recoveryCodes, String method) {
    Subject subject = SecurityUtils.getSubject();
    subject.logout();
    subject.login(new VerifiedLogin(principal));
    // Any check loads the account's roles and permissions into the session now, where stage WARs
    // (which
    // cannot ask the identity module) find them.
    subject.hasRole("candidate");
    audit.record(
        audit
            .entry("auth.login.succeeded", RequestAudit.actorOf(principal))
            .target("account", String.valueOf(principal.accountId()))
            .detail("method", method));
    return new Result(principal, Csrf.tokenOf(subject.getSession()), List.copyOf(recoveryCodes));
  }
}
