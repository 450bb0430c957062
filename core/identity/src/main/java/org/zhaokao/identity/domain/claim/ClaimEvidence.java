package org.zhaokao.identity.domain.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The encrypted photo of the ID card behind an {@link IdentityClaim}, with the id of the key that
 * sealed it. Sensitive personal data (GB/T 45574): only reviewers read it, and each read is
 * audited.
 */
@Entity
@Table(name = "core_identity_claim_evidence")
public class ClaimEvidence {

  private static final String FIELD = "core_identity_claim_evidence.sealed";

  @Id
  @Column(name = "claim_id")
  private Long claimId;

  @Column(name = "key_id", nullable = false, length = 40)
  private String keyId;

  @Column(name = "sealed", nullable = false)
  private byte[] sealed;

  protected ClaimEvidence() {}

  public ClaimEvidence(long claimId, String keyId, byte[] sealed) {
    this.claimId = claimId;
    this.keyId = keyId;
    this.sealed = sealed.clone();
  }

  public String keyId() {
    return keyId;
  }

  public byte[] sealed() {
    return sealed.clone();
  }

  /**
   * What the bytes are bound to when sealed: their claim, so bytes copied elsewhere do not open.
   */
  public static String field(long claimId) {
    return FIELD + ":" + claimId;
  }
}
