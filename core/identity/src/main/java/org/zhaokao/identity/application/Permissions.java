package org.zhaokao.identity.application;

import org.zhaokao.platform.validation.AccessDeniedException;
import org.zhaokao.plugins.api.security.Actor;

/** Function-level checks of the identity module's use cases. */
final class Permissions {

  static final String MANAGE_ACCOUNTS = "account:manage";
  static final String MANAGE_ROLES = "role:manage";
  static final String MANAGE_EMPLOYERS = "employer:manage";
  static final String VIEW_PII = "pii:view-full";

  private Permissions() {}

  /**
   * @throws SecurityException if the actor lacks the permission
   */
  static void require(Actor actor, String permission) {
    if (!actor.isPermitted(permission)) {
      throw new AccessDeniedException("permission " + permission + " required");
    }
  }
}
