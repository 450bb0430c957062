package org.zhaokao.identity.domain.claim;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.zhaokao.identity.domain.evidence.ReviewedSubmissions;

/** Repository of {@link IdentityClaim}s and their evidence. */
public interface IdentityClaims extends ReviewedSubmissions<IdentityClaim, ClaimEvidence> {

  /** The pending claim with this key, if any. */
  Optional<IdentityClaim> pendingWith(String pendingKey);

  /**
   * Decided claims that still keep their evidence and were decided at or before {@code cutoff},
   * oldest decision first, at most {@code max}.
   */
  List<IdentityClaim> evidenceDue(OffsetDateTime cutoff, int max);

  /** Deletes the sealed photo of the claim, if still there. */
  void removeEvidence(long claimId);

  /**
   * Writes what changed so far, so that the next insert sees it: the holder's ID number must be
   * gone before the claimant's account takes it (the unique index would refuse the insert
   * otherwise).
   */
  void flush();
}
