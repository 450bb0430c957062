package org.zhaokao.identity.domain.claim;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Repository of {@link IdentityClaim}s and their evidence. */
public interface IdentityClaims {

  /** Adds the claim and assigns its id (flushed, so a duplicate pending claim fails here). */
  IdentityClaim add(IdentityClaim claim);

  void add(ClaimEvidence evidence);

  Optional<IdentityClaim> find(long id);

  Optional<ClaimEvidence> evidence(long claimId);

  /** The pending claim with this key, if any. */
  Optional<IdentityClaim> pendingWith(String pendingKey);

  /** Every claim waiting for a reviewer, oldest first. */
  List<IdentityClaim> pending();

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
