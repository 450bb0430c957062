package org.zhaokao.plugins.api.security;

import java.util.Optional;

/**
 * Who is asking a use case to act, and what they may do: passed explicitly by the web layer (REST
 * resource, Faces bean) to every application service, which checks function permissions (this
 * permission) and object permissions (this record is theirs) itself — never only on URL patterns.
 *
 * <p>Permissions follow Shiro's wildcard rules: {@code recruitment:review} held globally implies
 * {@code recruitment:review:employer-42}; a role scoped to employer 42 grants only the latter.
 */
public interface Actor {

  /** The logged-in account, or empty for an anonymous visitor. */
  Optional<AccountPrincipal> principal();

  /**
   * Whether the actor holds {@code permission} (function and, with a scope suffix, object level).
   */
  boolean isPermitted(String permission);

  /** The client's address, for the audit trail; empty when unknown. */
  String clientIp();

  /** The client's user agent, for the audit trail; empty when unknown. */
  String userAgent();

  /** The account id, or a failure when the actor is anonymous. */
  default long accountId() {
    return principal().orElseThrow(() -> new SecurityException("not logged in")).accountId();
  }
}
