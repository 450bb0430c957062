package org.zhaokao.audit.domain;

import java.time.Instant;

/**
 * The chain's own record (审计链状态): where it began, where what is left of it starts, and where it
 * ends now.
 *
 * @param genesisHash the value the first row ever linked to, made when the trail was created
 * @param createdAt when the trail was created
 * @param anchorPosition position of the last row removed by retention (0 before any purge)
 * @param anchorHash that row's hash, which the first remaining row links to (the genesis value
 *     before any purge)
 * @param headPosition position of the last linked row (equal to the anchor when none is left)
 * @param headHash that row's hash (the anchor's when none is left)
 */
public record ChainState(
    String genesisHash,
    Instant createdAt,
    long anchorPosition,
    String anchorHash,
    long headPosition,
    String headHash) {

  /** A new trail: nothing linked yet, anchor and head at the genesis value. */
  public static ChainState genesis(String genesisHash, Instant at) {
    return new ChainState(genesisHash, at, 0, genesisHash, 0, genesisHash);
  }

  /** How many linked rows the chain holds now. */
  public long linkedRows() {
    return headPosition - anchorPosition;
  }
}
