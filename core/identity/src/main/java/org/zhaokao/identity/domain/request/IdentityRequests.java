package org.zhaokao.identity.domain.request;

import java.util.List;
import org.zhaokao.identity.domain.evidence.ReviewedSubmissions;

/** Repository of {@link IdentityRequest}s and their evidence. */
public interface IdentityRequests extends ReviewedSubmissions<IdentityRequest, RequestEvidence> {

  /** The account's requests, newest first. */
  List<IdentityRequest> of(long accountId);

  /** Removes the account's requests and their evidence (the account was deleted). */
  void removeAll(long accountId);
}
