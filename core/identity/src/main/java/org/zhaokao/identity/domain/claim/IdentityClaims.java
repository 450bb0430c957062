package org.zhaokao.identity.domain.claim;

import java.util.Optional;
import org.zhaokao.identity.domain.evidence.ReviewedSubmissions;

/** Repository of {@link IdentityClaim}s and their evidence. */
public interface IdentityClaims extends ReviewedSubmissions<IdentityClaim, ClaimEvidence> {

  /** The pending claim with this key, if any. */
  Optional<IdentityClaim> pendingWith(String pendingKey);

  /**
   * Writes what changed so far, so that the next insert sees it: the holder's ID number must be
   * gone before the claimant's account takes it (the unique index would refuse the insert
   * otherwise).
   */
  void flush();
}
