package org.zhaokao.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import org.zhaokao.identity.domain.account.Account;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.plugins.api.SupportedLocales;

/** The language to write to a person in: the account's preferred one, else zh_CN. */
@Stateless
public class AccountLanguages {

  @Inject private Accounts accounts;

  public Locale of(long accountId) {
    return accounts
        .find(accountId)
        .flatMap(Account::preferredLanguage)
        .orElse(SupportedLocales.DEFAULT);
  }
}
