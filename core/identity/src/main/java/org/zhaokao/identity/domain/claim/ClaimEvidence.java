package org.zhaokao.identity.domain.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.zhaokao.identity.domain.evidence.SealedEvidence;

/**
 * The encrypted photo of the ID card behind an {@link IdentityClaim} (GB/T 45574 sensitive personal
 * data).
 */
@Entity
@Table(name = "core_identity_claim_evidence")
public class ClaimEvidence extends SealedEvidence {

  private static final String FIELD = "core_identity_claim_evidence.sealed";

  @Id
  @Column(name = "claim_id")
  private Long claimId;

  protected ClaimEvidence() {}

  public ClaimEvidence(long claimId, String keyId, byte[] sealed) {
    super(keyId, sealed);
    this.claimId = claimId;
  }

  /**
   * What the bytes are bound to when sealed: their claim, so bytes copied elsewhere do not open.
   */
  public static String field(long claimId) {
    return FIELD + ":" + claimId;
  }
}
