package org.zhaokao.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.zhaokao.identity.domain.claim.ClaimEvidence;
import org.zhaokao.identity.domain.claim.IdentityClaim;
import org.zhaokao.identity.domain.claim.IdentityClaims;

/** {@link IdentityClaims} on JPA. */
@ApplicationScoped
public class JpaIdentityClaims extends JpaReviewedSubmissions<IdentityClaim, ClaimEvidence>
    implements IdentityClaims {

  public JpaIdentityClaims() {
    super(IdentityClaim.class, ClaimEvidence.class);
  }

  @Override
  public Optional<IdentityClaim> pendingWith(String pendingKey) {
    return em().createQuery(
            "SELECT c FROM IdentityClaim c WHERE c.pendingKey = :k", IdentityClaim.class)
        .setParameter("k", pendingKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<IdentityClaim> evidenceDue(OffsetDateTime cutoff, int max) {
    return em().createQuery(
            "SELECT c FROM IdentityClaim c WHERE c.decidedAt <= :cutoff"
                + " AND c.evidencePurgedAt IS NULL ORDER BY c.decidedAt, c.id",
            IdentityClaim.class)
        .setParameter("cutoff", cutoff)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public void removeEvidence(long claimId) {
    em().createQuery("DELETE FROM ClaimEvidence e WHERE e.claimId = :c")
        .setParameter("c", claimId)
        .executeUpdate();
  }

  @Override
  public void flush() {
    em().flush();
  }
}
