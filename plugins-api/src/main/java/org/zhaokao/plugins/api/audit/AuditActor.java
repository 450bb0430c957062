package org.zhaokao.plugins.api.audit;

import java.util.Locale;
import java.util.Objects;
import org.zhaokao.plugins.api.security.AccountPrincipal;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Who did the audited action (操作人): an account with the role it acted in, the platform itself
 * (timers, the plugin registry, retention jobs) or an anonymous visitor (a failed login, a
 * registration).
 *
 * @param id the account id, or {@link #SYSTEM_ID} or {@link #ANONYMOUS_ID}
 * @param role the role the account acted in ({@code reviewer}, {@code candidate}); for the system
 *     and anonymous actors the same word as the id
 */
public record AuditActor(String id, String role) {

  /** The id of {@link #system()}. */
  public static final String SYSTEM_ID = "system";

  /** The id of {@link #anonymous()}. */
  public static final String ANONYMOUS_ID = "anonymous";

  private static final int MAX_LENGTH = 100;

  public AuditActor {
    requireText(id, "actor id");
    requireText(role, "actor role");
  }

  /**
   * An account acting in a role.
   *
   * @throws IllegalArgumentException if the id is blank, longer than 100 characters or one of the
   *     reserved words {@code system} and {@code anonymous}
   */
  public static AuditActor account(String accountId, String role) {
    if (SYSTEM_ID.equals(accountId) || ANONYMOUS_ID.equals(accountId)) {
      throw new IllegalArgumentException(
          "'" + accountId + "' is reserved for the platform's own actors, not an account id");
    }
    return new AuditActor(accountId, role);
  }

  /**
   * The logged-in account, in the role of its kind ({@code candidate}, {@code staff}, {@code
   * employer}).
   *
   * @since SPI 1.3
   */
  public static AuditActor of(AccountPrincipal principal) {
    return account(
        String.valueOf(principal.accountId()), principal.kind().toLowerCase(Locale.ROOT));
  }

  /**
   * Whoever a use case runs for: the logged-in account, or {@link #anonymous()}.
   *
   * @since SPI 1.3
   */
  public static AuditActor of(Actor actor) {
    return actor.principal().map(AuditActor::of).orElseGet(AuditActor::anonymous);
  }

  /** The platform itself. */
  public static AuditActor system() {
    return new AuditActor(SYSTEM_ID, SYSTEM_ID);
  }

  /** Someone not logged in. */
  public static AuditActor anonymous() {
    return new AuditActor(ANONYMOUS_ID, ANONYMOUS_ID);
  }

  private static void requireText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          what + " must be 1 to " + MAX_LENGTH + " characters, got '" + value + "'");
    }
  }
}
