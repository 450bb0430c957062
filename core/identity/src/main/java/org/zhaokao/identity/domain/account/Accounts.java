package org.zhaokao.identity.domain.account;

import java.util.Optional;

/** Repository of accounts and candidates' real-name records. */
public interface Accounts {

  Optional<Account> find(long id);

  Optional<Account> findByUsername(String username);

  /** The candidate whose ID number, mobile or email has this blind index in the named field. */
  Optional<Candidate> findCandidateByIndex(String field, String index);

  Optional<Candidate> findCandidate(long accountId);

  /** Staff and employer accounts, newest first, optionally only those with a status. */
  java.util.List<Account> members(Optional<AccountStatus> status, int page, int size);

  /** Adds the account and assigns its id. */
  Account add(Account account);

  void add(Candidate candidate);

  /** Replaces the account's recovery codes by these hashes. */
  void replaceRecoveryCodes(long accountId, java.util.List<String> codeHashes);

  /**
   * Marks an unused recovery code of the account as used.
   *
   * @return whether such a code existed and was unused
   */
  boolean useRecoveryCode(long accountId, String codeHash, java.time.OffsetDateTime at);
}
