package org.zhaokao.identity.application;

import org.zhaokao.identity.domain.account.PasswordPolicy;
import org.zhaokao.platform.validation.Checks;

/**
 * The password policy's verdict as a field problem of {@code password}, the one way forms say it.
 */
final class PasswordChecks {

  private PasswordChecks() {}

  /** Records a problem for {@code field} when the policy refuses the password. */
  static void require(Checks checks, String field, String password, String... identifiers) {
    PasswordPolicy.check(password, identifiers)
        .ifPresent(
            p ->
                checks.require(
                    false,
                    field,
                    "password." + p.name(),
                    "Password refused: " + p.name(),
                    PasswordPolicy.MIN_LENGTH));
  }
}
