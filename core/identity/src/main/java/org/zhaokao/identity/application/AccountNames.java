package org.zhaokao.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.zhaokao.identity.domain.account.Accounts;

/**
 * The names other modules print for staff and employer users who acted on a record (who confirmed,
 * who decided): the account's display name, nothing personal beyond it.
 */
@Stateless
public class AccountNames {

  @Inject private Accounts accounts;

  /** The account's display name, or {@code #id} for an account that no longer exists. */
  public String of(long accountId) {
    return accounts.find(accountId).map(a -> a.displayName()).orElse("#" + accountId);
  }
}
