package org.zhaokao.identity.application;

import java.time.LocalDate;
import java.util.List;
import org.zhaokao.identity.domain.account.AccountHold;

/**
 * What other modules know that keeps an account from being deleted (the recruitment module: live
 * applications, retention of finished recruitments' records). Implemented there as a CDI bean, so
 * the identity module needs no dependency on them.
 */
public interface AccountHolds {

  /** The holds on the candidate's account today, or none. */
  List<AccountHold> on(long accountId, LocalDate today);
}
