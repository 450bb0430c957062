package org.zhaokao.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhaokao.identity.domain.account.Account;
import org.zhaokao.identity.domain.account.AccountStatus;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.identity.domain.account.Candidate;

/** {@link Accounts} on JPA. */
@ApplicationScoped
public class JpaAccounts implements Accounts {

  private static final Set<String> INDEXED =
      Set.of(Candidate.ID_NUMBER, Candidate.MOBILE, Candidate.EMAIL);

  @PersistenceContext(unitName = "identity")
  private EntityManager em;

  @Override
  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  @Override
  public Optional<Account> findByUsername(String username) {
    return em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Candidate> findCandidateByIndex(String field, String index) {
    if (!INDEXED.contains(field)) {
      throw new IllegalArgumentException("no blind index on " + field);
    }
    String column =
        switch (field) {
          case Candidate.ID_NUMBER -> "idNumberIndex";
          case Candidate.MOBILE -> "mobileIndex";
          default -> "emailIndex";
        };
    return em.createQuery("SELECT c FROM Candidate c WHERE c." + column + " = :i", Candidate.class)
        .setParameter("i", index)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Candidate> findCandidate(long accountId) {
    return Optional.ofNullable(em.find(Candidate.class, accountId));
  }

  @Override
  public List<Account> members(Optional<AccountStatus> status, int page, int size) {
    String where = status.isPresent() ? " AND a.status = :s" : "";
    var query =
        em.createQuery(
                "SELECT a FROM Account a WHERE a.kind <> :candidate"
                    + where
                    + " ORDER BY a.id DESC",
                Account.class)
            .setParameter("candidate", org.zhaokao.identity.domain.account.AccountKind.CANDIDATE)
            .setFirstResult(page * size)
            .setMaxResults(size);
    status.ifPresent(s -> query.setParameter("s", s));
    return query.getResultList();
  }

  @Override
  public Account add(Account account) {
    em.persist(account);
    em.flush();
    return account;
  }

  @Override
  public void add(Candidate candidate) {
    em.persist(candidate);
    em.flush();
  }

  @Override
  public void replaceRecoveryCodes(long accountId, List<String> codeHashes) {
    em.createNativeQuery("DELETE FROM core_recovery_code WHERE account_id = ?1")
        .setParameter(1, accountId)
        .executeUpdate();
    for (String hash : codeHashes) {
      em.createNativeQuery("INSERT INTO core_recovery_code (account_id, code_hash) VALUES (?1, ?2)")
          .setParameter(1, accountId)
          .setParameter(2, hash)
          .executeUpdate();
    }
  }

  @Override
  public boolean useRecoveryCode(long accountId, String codeHash, OffsetDateTime at) {
    return em.createNativeQuery(
                "UPDATE core_recovery_code SET used_at = ?3"
                    + " WHERE account_id = ?1 AND code_hash = ?2 AND used_at IS NULL")
            .setParameter(1, accountId)
            .setParameter(2, codeHash)
            .setParameter(3, at)
            .executeUpdate()
        == 1;
  }
}
