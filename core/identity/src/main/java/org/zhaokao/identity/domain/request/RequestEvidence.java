package org.zhaokao.identity.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The encrypted bytes of an {@link IdentityRequest}'s evidence (an ID card photo, a household
 * register page, a name-change certificate), with the id of the key that sealed them. Sensitive
 * personal data: only reviewers read it, and each read is audited.
 */
@Entity
@Table(name = "core_identity_request_evidence")
public class RequestEvidence {

  private static final String FIELD = "core_identity_request_evidence.sealed";

  @Id
  @Column(name = "request_id")
  private Long requestId;

  @Column(name = "key_id", nullable = false, length = 40)
  private String keyId;

  @Column(name = "sealed", nullable = false)
  private byte[] sealed;

  protected RequestEvidence() {}

  public RequestEvidence(long requestId, String keyId, byte[] sealed) {
    this.requestId = requestId;
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
   * What the bytes are bound to when sealed: their request, so bytes copied elsewhere do not open.
   */
  public static String field(long requestId) {
    return FIELD + ":" + requestId;
  }
}
