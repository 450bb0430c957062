package org.zhaokao.security.web;

import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.session.Session;
import org.apache.shiro.subject.Subject;

/**
 * Whether a subject holds a permission globally or scoped to some employer or recruitment ({@code
 * recruitment:view:employer-7} counts for {@code recruitment:view}). For opening areas and menus;
 * the records inside are filtered by the use cases.
 */
public final class ScopedPermissions {

  private ScopedPermissions() {}

  public static boolean heldAnywhere(Subject subject, String permission) {
    if (subject.isPermitted(permission)) {
      return true;
    }
    // The check above loaded the realm's roles and permissions into the session.
    Session session = subject.getSession(false);
    Object info = session == null ? null : session.getAttribute(SessionAuthorization.ATTRIBUTE);
    return info instanceof AuthorizationInfo a
        && a.getStringPermissions() != null
        && a.getStringPermissions().stream().anyMatch(p -> p.startsWith(permission + ":"));
  }
}
