package org.zhaokao.web.rest.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.zhaokao.audit.domain.ChainBreak;
import org.zhaokao.audit.domain.Verification;

/**
 * The verifier's report, as {@code GET /api/v1/admin/audit/verification} shows it.
 *
 * @param intact whether every checked row holds
 * @param fromPosition first position checked
 * @param checkedRows rows walked
 * @param pendingRows rows recorded but not linked yet
 * @param genesisHash the value the chain began with
 * @param anchorPosition position the remaining chain starts after (0 unless purged)
 * @param anchorHash the hash the first remaining row links to
 * @param headPosition the last linked position
 * @param headHash its hash: note it down to detect a rewrite of the whole chain later
 * @param brokenAt the first break, or null
 * @param verifiedAt when the walk ended
 */
public record VerificationDto(
    boolean intact,
    long fromPosition,
    long checkedRows,
    long pendingRows,
    String genesisHash,
    long anchorPosition,
    String anchorHash,
    long headPosition,
    String headHash,
    Break brokenAt,
    OffsetDateTime verifiedAt) {

  /**
   * Where the chain does not hold.
   *
   * @param kind ROW_EDITED, HASH_EDITED, ROW_DELETED, ROW_INSERTED, LINK_BROKEN or HEAD_MISMATCH
   * @param position position of the row named
   * @param eventId that row's id, or null when it is gone
   * @param detail what the verifier saw
   */
  public record Break(String kind, long position, Long eventId, String detail) {
    static Break of(ChainBreak b) {
      return new Break(b.kind().name(), b.position(), b.eventId(), b.detail());
    }
  }

  public static VerificationDto of(Verification v) {
    var s = v.state();
    return new VerificationDto(
        v.intact(),
        v.fromPosition(),
        v.checkedRows(),
        v.pendingRows(),
        s.genesisHash(),
        s.anchorPosition(),
        s.anchorHash(),
        s.headPosition(),
        s.headHash(),
        v.brokenAt().map(Break::of).orElse(null),
        OffsetDateTime.ofInstant(v.verifiedAt(), ZoneOffset.UTC));
  }
}
