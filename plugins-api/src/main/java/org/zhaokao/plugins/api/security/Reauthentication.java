package org.zhaokao.plugins.api.security;

/**
 * Re-authentication (再次验证身份): a logged-in staff member confirms a weighty act — the chief examiner
 * signing a score summary, say — by entering their password again, as the core asks for it before a
 * password or contact change. From {@link org.zhaokao.plugins.api.CoreServices#reauthentication()}.
 *
 * <p>Only the core implements this interface. A wrong password counts as a failed login attempt, so
 * guessing through a plugin locks the account as guessing at the login page does. The check runs in
 * its own transaction: the count survives the caller's rollback. The caller records the act and its
 * outcome in the audit log.
 *
 * @since SPI 1.5
 */
public interface Reauthentication {

  /**
   * Whether {@code password} is the current password of the active, unlocked account {@code
   * accountId}.
   *
   * @return false for a wrong or missing password, an unknown, locked or inactive account
   */
  boolean confirms(long accountId, String password);
}
