package org.zhaokao.identity.domain.account;

import java.util.Optional;

/** Repository of accounts and candidates' real-name records. */
public interface Accounts {

  Optional<Account> find(long id);

  Optional<Account> findByUsername(String username);

  /** The candidate whose ID number, mobile or email has this blind index in the named field. */
  Optional<Candidate> findCandidateByIndex(String field, String index);

  Optional<Candidate> findCandidate(long accountId);

  /** Adds the account and assigns its id. */
  Account add(Account account);

  void add(Candidate candidate);
}
