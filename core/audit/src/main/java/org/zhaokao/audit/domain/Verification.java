package org.zhaokao.audit.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * A verifier's report (审计链校验结果).
 *
 * @param intact whether every checked row holds
 * @param fromPosition the first position checked
 * @param checkedRows how many rows were walked
 * @param state the chain record the walk was checked against
 * @param pendingRows rows recorded but not linked yet (they are not covered)
 * @param brokenAt the first break, if any
 * @param verifiedAt when the walk ended
 */
public record Verification(
    boolean intact,
    long fromPosition,
    long checkedRows,
    ChainState state,
    long pendingRows,
    Optional<ChainBreak> brokenAt,
    Instant verifiedAt) {}
