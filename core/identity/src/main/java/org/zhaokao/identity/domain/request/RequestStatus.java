package org.zhaokao.identity.domain.request;

/** Where an {@link IdentityRequest} stands. */
public enum RequestStatus {
  /** Filed, waiting for a reviewer. */
  PENDING,
  /** A reviewer approved it; the account carries the new data. */
  APPROVED,
  /** A reviewer refused it, with a reason. */
  REFUSED
}
