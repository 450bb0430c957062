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
    return newestBy("accountId", accountId, purpose, channel);
  }

  @Override
  public Optional<VerificationCode> newestTo(
      String targetIndex, CodePurpose purpose, ContactChannel channel) {
    return newestBy("targetIndex", targetIndex, purpose, channel);
  }

  @Override
  public long sentSince(long accountId, OffsetDateTime since) {
    return countSince("accountId", accountId, since);
  }

  @Override
  public long sentToSince(String targetIndex, OffsetDateTime since) {
    return countSince("targetIndex", targetIndex, since);
  }

  /** {@code key} is one of this class's constants, never input. */
  private Optional<VerificationCode> newestBy(
      String key, Object value, CodePurpose purpose, ContactChannel channel) {
    return em.createQuery(
            "SELECT c FROM VerificationCode c WHERE c."
                + key
                + " = :k AND c.purpose = :p AND c.channel = :ch"
                + " ORDER BY c.createdAt DESC, c.id DESC",
            VerificationCode.class)
        .setParameter("k", value)
        .setParameter("p", purpose)
        .setParameter("ch", channel)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public long claimCodesFromSince(String clientIndex, OffsetDateTime since) {
    return countSince("clientIndex", clientIndex, since);
  }

  private long countSince(String key, Object value, OffsetDateTime since) {
    return em.createQuery(
            "SELECT COUNT(c) FROM VerificationCode c WHERE c." + key + " = :k AND c.createdAt > :s",
            Long.class)
        .setParameter("k", value)
        .setParameter("s", since)
        .getSingleResult();
  }

  @Override
  public int removeClaimCodes(OffsetDateTime before) {
    return em.createQuery(
            "DELETE FROM VerificationCode c WHERE c.purpose = :p AND c.createdAt < :b")
        .setParameter("p", CodePurpose.CLAIM)
        .setParameter("b", before)
        .executeUpdate();
  }

  @Override
  public void removeAll(long accountId) {
    em.createQuery("DELETE FROM VerificationCode c WHERE c.accountId = :a")
        .setParameter("a", accountId)
        .executeUpdate();
  }
}
