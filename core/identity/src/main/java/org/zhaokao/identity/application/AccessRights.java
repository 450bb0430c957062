package org.zhaokao.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;
import org.zhaokao.identity.domain.role.Grants;

/** Answers what an account may do; the security layer (Shiro's realm) asks it once per session. */
@Stateless
public class AccessRights {

  @Inject private Grants grants;

  public Set<String> roles(long accountId) {
    return grants.rolesOf(accountId);
  }

  public Set<String> permissions(long accountId) {
    return grants.permissionsOf(accountId);
  }

  /** Every permission some built-in role grants: the permissions the core's modules check. */
  public Set<String> seededPermissions() {
    Set<String> all = new java.util.TreeSet<>();
    grants.roles().stream().filter(r -> r.builtin()).forEach(r -> all.addAll(r.permissions()));
    return all;
  }
}
