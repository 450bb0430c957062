package org.zhaokao.plugins.api.security;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who is logged in: the principal every Zhaokao WAR finds in the shared session (one login serves
 * the core and every stage WAR). Carries no personal data beyond a masked display name.
 *
 * @param accountId the account (账号) id
 * @param kind {@code CANDIDATE} (考生), {@code STAFF} (服务人员) or {@code EMPLOYER} (招考单位用户)
 * @param displayName masked for candidates ({@code 张*}), the staff member's name otherwise
 */
public record AccountPrincipal(long accountId, String kind, String displayName)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public AccountPrincipal {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(displayName, "displayName");
  }

  public boolean candidate() {
    return "CANDIDATE".equals(kind);
  }

  public boolean staff() {
    return "STAFF".equals(kind);
  }

  /**
   * The display name: what {@code HttpServletRequest.getRemoteUser()} returns in every WAR, and
   * safe in logs.
   */
  @Override
  public String toString() {
    return displayName;
  }
}
