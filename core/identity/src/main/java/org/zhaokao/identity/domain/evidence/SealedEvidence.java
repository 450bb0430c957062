package org.zhaokao.identity.domain.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The encrypted bytes of an uploaded piece of evidence (an ID card photo, a household register
 * page, a certificate), with the id of the key that sealed them. Each kind keeps its own table and
 * key column; this holds what they share. Sensitive personal data: only reviewers read it, and each
 * read is audited.
 */
@MappedSuperclass
public abstract class SealedEvidence {

  @Column(name = "key_id", nullable = false, length = 40)
  private String keyId;

  @Column(name = "sealed", nullable = false)
  private byte[] sealed;

  protected SealedEvidence() {}

  protected SealedEvidence(String keyId, byte[] sealed) {
    this.keyId = keyId;
    this.sealed = sealed.clone();
  }

  public String keyId() {
    return keyId;
  }

  public byte[] sealed() {
    return sealed.clone();
  }
}
