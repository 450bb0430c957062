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
}
