package org.zhaokao.identity.domain.role;

import java.util.Set;

/** What roles an account holds and which permissions follow from them. */
public interface Grants {

  /** Role codes the account holds anywhere. */
  Set<String> rolesOf(long accountId);

  /**
   * Permission strings of the account. A role scoped to one employer or recruitment yields its
   * permissions with the scope appended as a last part ({@code application:review:recruitment-42}),
   * so a global grant of the same permission implies every scope and a scoped one only its own.
   */
  Set<String> permissionsOf(long accountId);

  /**
   * Grants a built-in or custom role; {@code scopeType} GLOBAL with an empty id for the whole
   * platform.
   */
  void grant(long accountId, String roleCode, String scopeType, String scopeId);

  /** Takes a role back; unknown grants are ignored. */
  void revoke(long accountId, String roleCode, String scopeType, String scopeId);

  /** The roles an account holds, with their scopes. */
  java.util.List<RoleGrant> grantsOf(long accountId);

  /** Every role with its permissions, built-in first. */
  java.util.List<RoleDefinition> roles();

  /** Adds a custom role with its names. */
  void createRole(String code, String nameZh, String nameEn);

  /** Replaces a role's permissions. */
  void setPermissions(String roleCode, java.util.Set<String> permissions);
}
