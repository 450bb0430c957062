package org.zhaokao.identity.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhaokao.identity.domain.account.Account;
import org.zhaokao.identity.domain.account.AccountKind;
import org.zhaokao.identity.domain.account.AccountStatus;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.identity.domain.role.Grants;
import org.zhaokao.platform.validation.Checks;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.audit.AuditResult;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Staff and employer accounts (服务人员账号管理, P6): one administrator creates an account with its roles,
 * a different administrator reviews it before it can log in (服务人员信息审核); accounts are disabled and
 * enabled, roles granted and taken back — every step audited.
 */
@Stateless
public class MemberAdministration {

  private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");
  private static final String EMPLOYER_USER_ROLE = "employer-user";
  private static final java.util.Set<String> SCOPES =
      java.util.Set.of("GLOBAL", "EMPLOYER", "RECRUITMENT");

  @Inject private Accounts accounts;
  @Inject private Grants grants;
  @Inject private PasswordHashing hashing;
  @EJB private AuditLog audit;

  /**
   * Creates an account waiting for review.
   *
   * @throws InvalidInputException naming each refused field
   * @throws ConflictException {@code username-taken}
   */
  public long create(
      Actor actor, String kind, String username, String displayName, String initialPassword) {
    Permissions.require(actor, Permissions.MANAGE_ACCOUNTS);
    return open(actor, kind, username, displayName, initialPassword);
  }

  /**
   * Creates a user of one employer (招考单位用户), holding {@code employer-user} scoped to it; like every
   * member account it waits for an administrator's review. The recruitment module checks that the
   * employer exists.
   */
  public long createEmployerUser(
      Actor actor, long employerId, String username, String displayName, String initialPassword) {
    Permissions.require(actor, Permissions.MANAGE_EMPLOYERS);
    long id = open(actor, "EMPLOYER", username, displayName, initialPassword);
    String scope = String.valueOf(employerId);
    grants.grant(id, EMPLOYER_USER_ROLE, "EMPLOYER", scope);
    record(
        actor,
        "account.role.granted",
        id,
        AuditResult.SUCCESS,
        "role",
        EMPLOYER_USER_ROLE + "@EMPLOYER:" + scope);
    return id;
  }

  private long open(
      Actor actor, String kind, String username, String displayName, String initialPassword) {
    Checks checks = new Checks();
    AccountKind k = "EMPLOYER".equals(kind) ? AccountKind.EMPLOYER : AccountKind.STAFF;
    checks.require(
        "STAFF".equals(kind) || "EMPLOYER".equals(kind), "kind", "kind", "STAFF or EMPLOYER");
    String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    checks.require(
        USERNAME.matcher(name).matches(),
        "username",
        "username",
        "3-64 lower-case letters, digits, . _ -");
    String display = displayName == null ? "" : displayName.trim();
    checks.require(
        !display.isEmpty() && display.length() <= 100,
        "displayName",
        "displayName",
        "1-100 characters");
    PasswordChecks.require(checks, "initialPassword", initialPassword, name);
    checks.throwIfAny();
    if (accounts.findByUsername(name).isPresent()) {
      throw new ConflictException("username-taken", "The username " + name + " is taken");
    }
    Account account =
        Account.member(
            k, AccountStatus.PENDING_REVIEW, name, display, hashing.hash(initialPassword), now());
    account.createdBy(actor.accountId());
    accounts.add(account);
    record(actor, "account.member.created", account.id(), AuditResult.SUCCESS, "kind", k.name());
    return account.id();
  }

  /** Another administrator approves or rejects a new account. */
  public void review(Actor actor, long accountId, boolean approve, String note) {
    Permissions.require(actor, Permissions.MANAGE_ACCOUNTS);
    Account account = member(accountId);
    try {
      account.reviewed(actor.accountId(), approve, note == null ? "" : note.trim());
    } catch (IllegalStateException e) {
      throw new ConflictException("review-refused", e.getMessage());
    }
    record(
        actor,
        approve ? "account.member.approved" : "account.member.rejected",
        accountId,
        AuditResult.SUCCESS,
        "note",
        note == null ? "" : note);
  }

  /** Stops an account from logging in; the web layer also ends its sessions. */
  public void disable(Actor actor, long accountId, String reason) {
    Permissions.require(actor, Permissions.MANAGE_ACCOUNTS);
    if (accountId == actor.accountId()) {
      throw new ConflictException(
          "disable-self", "Administrators cannot disable their own account");
    }
    member(accountId).disable(reason == null ? "" : reason.trim());
    record(
        actor,
        "account.member.disabled",
        accountId,
        AuditResult.SUCCESS,
        "reason",
        reason == null ? "" : reason);
  }

  public void enable(Actor actor, long accountId) {
    Permissions.require(actor, Permissions.MANAGE_ACCOUNTS);
    try {
      member(accountId).enable();
    } catch (IllegalStateException e) {
      throw new ConflictException("enable-refused", e.getMessage());
    }
    record(actor, "account.member.enabled", accountId, AuditResult.SUCCESS, "by", "administrator");
  }

  /** Grants a role, for the whole platform or scoped to an employer or recruitment. */
  public void grant(
      Actor actor, long accountId, String roleCode, String scopeType, String scopeId) {
    Permissions.require(actor, Permissions.MANAGE_ACCOUNTS);
    String scope = scopeType == null ? "GLOBAL" : scopeType;
    String id = "GLOBAL".equals(scope) ? "" : (scopeId == null ? "" : scopeId.trim());
    if (!SCOPES.contains(scope)
        || (!"GLOBAL".equals(scope) && !id.matches("[A-Za-z0-9_-]{1,40}"))) {
      throw InvalidInputException.of(
          "scope", "scope", "GLOBAL, or EMPLOYER/RECRUITMENT with an id");
    }
    Account account =
        accounts.find(accountId).orElseThrow(() -> new UnknownAccountException(accountId));
    if (account.kind() == AccountKind.CANDIDATE) {
      throw new ConflictException("candidate-roles", "Candidates hold the candidate role only");
    }
    if (grants
        .grantsOf(accountId)
        .contains(new org.zhaokao.identity.domain.role.RoleGrant(roleCode, scope, id))) {
      return;
    }
    try {
      grants.grant(accountId, roleCode, scope, id);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("role", "role", "No role " + roleCode);
    }
    record(
        actor,
        "account.role.granted",
        accountId,
        AuditResult.SUCCESS,
        "role",
        roleCode + "@" + scope + ":" + id);
  }

  public void revoke(
      Actor actor, long accountId, String roleCode, String scopeType, String scopeId) {
    Permissions.require(actor, Permissions.MANAGE_ACCOUNTS);
    grants.revoke(accountId, roleCode, scopeType, scopeId == null ? "" : scopeId);
    record(
        actor,
        "account.role.revoked",
        accountId,
        AuditResult.SUCCESS,
        "role",
        roleCode + "@" + scopeType + ":" + scopeId);
  }

  /** Staff and employer accounts, newest first. */
  public List<MemberView> list(Actor actor, Optional<String> status, int page, int size) {
    Permissions.require(actor, Permissions.MANAGE_ACCOUNTS);
    Optional<AccountStatus> s = status.map(x -> AccountStatus.valueOf(x));
    return accounts.members(s, Math.max(0, page), Math.min(Math.max(1, size), 200)).stream()
        .map(
            a ->
                new MemberView(
                    a.id(),
                    a.kind().name(),
                    a.username().orElse(""),
                    a.displayName(),
                    a.status().name(),
                    a.createdBy().orElse(null),
                    a.totpSecretEncrypted().isPresent(),
                    grants.grantsOf(a.id()),
                    a.lastLoginAt().orElse(null)))
        .toList();
  }

  private Account member(long accountId) {
    Account account =
        accounts.find(accountId).orElseThrow(() -> new UnknownAccountException(accountId));
    if (account.kind() == AccountKind.CANDIDATE) {
      throw new UnknownAccountException(accountId);
    }
    return account;
  }

  private void record(
      Actor actor, String action, long target, AuditResult result, String key, String value) {
    audit.record(
        AuditEntry.builder(action, ContactVerification.actorOf(actor))
            .target("account", String.valueOf(target))
            .result(result)
            .client(actor.clientIp(), actor.userAgent())
            .detail(key, value)
            .build());
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
