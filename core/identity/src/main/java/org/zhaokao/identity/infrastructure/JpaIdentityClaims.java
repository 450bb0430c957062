package org.zhaokao.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.zhaokao.identity.domain.claim.ClaimEvidence;
import org.zhaokao.identity.domain.claim.IdentityClaim;
import org.zhaokao.identity.domain.claim.IdentityClaims;
import org.zhaokao.identity.domain.request.RequestStatus;

/** {@link IdentityClaims} on JPA. */
@ApplicationScoped
public class JpaIdentityClaims implements IdentityClaims {

  @PersistenceContext(unitName = "identity")
  private EntityManager em;

  @Override
  public IdentityClaim add(IdentityClaim claim) {
    em.persist(claim);
    em.flush();
    return claim;
  }

  @Override
  public void add(ClaimEvidence evidence) {
    em.persist(evidence);
  }

  @Override
  public Optional<IdentityClaim> find(long id) {
    return Optional.ofNullable(em.find(IdentityClaim.class, id));
  }

  @Override
  public Optional<ClaimEvidence> evidence(long claimId) {
    return Optional.ofNullable(em.find(ClaimEvidence.class, claimId));
  }

  @Override
  public Optional<IdentityClaim> pendingWith(String pendingKey) {
    return em.createQuery(
            "SELECT c FROM IdentityClaim c WHERE c.pendingKey = :k", IdentityClaim.class)
        .setParameter("k", pendingKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<IdentityClaim> pending() {
    return em.createQuery(
            "SELECT c FROM IdentityClaim c WHERE c.status = :s ORDER BY c.filedAt, c.id",
            IdentityClaim.class)
        .setParameter("s", RequestStatus.PENDING)
        .getResultList();
  }

  @Override
  public List<IdentityClaim> evidenceDue(OffsetDateTime cutoff, int max) {
    return em.createQuery(
            "SELECT c FROM IdentityClaim c WHERE c.decidedAt <= :cutoff"
                + " AND c.evidencePurgedAt IS NULL ORDER BY c.decidedAt, c.id",
            IdentityClaim.class)
        .setParameter("cutoff", cutoff)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public void removeEvidence(long claimId) {
    em.createQuery("DELETE FROM ClaimEvidence e WHERE e.claimId = :c")
        .setParameter("c", claimId)
        .executeUpdate();
  }

  @Override
  public void flush() {
    em.flush();
  }
}
