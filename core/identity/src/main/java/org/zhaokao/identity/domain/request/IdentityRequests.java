package org.zhaokao.identity.domain.request;

import java.util.List;
import java.util.Optional;

/** Repository of {@link IdentityRequest}s and their evidence. */
public interface IdentityRequests {

  /** Adds the request and assigns its id. */
  IdentityRequest add(IdentityRequest request);

  void add(RequestEvidence evidence);

  Optional<IdentityRequest> find(long id);

  Optional<RequestEvidence> evidence(long requestId);

  /** The account's requests, newest first. */
  List<IdentityRequest> of(long accountId);

  /** Every request waiting for a reviewer, oldest first. */
  List<IdentityRequest> pending();

  /** Removes the account's requests and their evidence (the account was deleted). */
  void removeAll(long accountId);
}
