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
}
