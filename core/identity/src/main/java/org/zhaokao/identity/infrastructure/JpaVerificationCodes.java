package org.zhaokao.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.zhaokao.identity.domain.account.ContactChannel;
import org.zhaokao.identity.domain.code.CodePurpose;
import org.zhaokao.identity.domain.code.VerificationCode;
import org.zhaokao.identity.domain.code.VerificationCodes;

/** {@link VerificationCodes} on JPA. */
@ApplicationScoped
public class JpaVerificationCodes implements VerificationCodes {

  @PersistenceContext(unitName = "identity")
  private EntityManager em;

  @Override
  public void add(VerificationCode code) {
    em.persist(code);
  }

  @Override
  public Optional<VerificationCode> newest(
      long accountId, CodePurpose purpose, ContactChannel channel) {
    return em.createQuery(
            "SELECT c FROM VerificationCode c WHERE c.accountId = :a AND c.purpose = :p"
                + " AND c.channel = :ch ORDER BY c.createdAt DESC, c.id DESC",
            VerificationCode.class)
        .setParameter("a", accountId)
        .setParameter("p", purpose)
        .setParameter("ch", channel)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public long sentSince(long accountId, OffsetDateTime since) {
    return em.createQuery(
            "SELECT COUNT(c) FROM VerificationCode c WHERE c.accountId = :a AND c.createdAt > :s",
            Long.class)
        .setParameter("a", accountId)
        .setParameter("s", since)
        .getSingleResult();
  }

  @Override
  public void removeAll(long accountId) {
    em.createQuery("DELETE FROM VerificationCode c WHERE c.accountId = :a")
        .setParameter("a", accountId)
        .executeUpdate();
  }
}
