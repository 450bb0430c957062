package org.zhaokao.identity.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.zhaokao.identity.domain.evidence.SealedEvidence;

/**
 * The encrypted bytes of an {@link IdentityRequest}'s evidence (an ID card photo, a household
 * register page, a name-change certificate).
 */
@Entity
@Table(name = "core_identity_request_evidence")
public class RequestEvidence extends SealedEvidence {

  private static final String FIELD = "core_identity_request_evidence.sealed";

  @Id
  @Column(name = "request_id")
  private Long requestId;

  protected RequestEvidence() {}

  public RequestEvidence(long requestId, String keyId, byte[] sealed) {
    super(keyId, sealed);
    this.requestId = requestId;
  }

  /**
   * What the bytes are bound to when sealed: their request, so bytes copied elsewhere do not open.
   */
  public static String field(long requestId) {
    return FIELD + ":" + requestId;
  }
}
