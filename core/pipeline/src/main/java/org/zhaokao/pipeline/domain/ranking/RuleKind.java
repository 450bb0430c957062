package org.zhaokao.pipeline.domain.ranking;

/** The kinds of advancement rule (晋级规则) a stage may have. */
public enum RuleKind {
  /**
   * Per position, the best {@code headcount × ratio} advance (e.g. 1:3 into the interview);
   * everyone tied with the last of them at the cut line advances too. A minimum score may apply as
   * well.
   */
  RATIO,
  /** Everyone who passed with at least the minimum score advances (合格分数线). */
  MINIMUM_SCORE,
  /** Everyone the stage reports as passed advances (体检、体能测评: 合格/不合格). */
  PASS_FAIL
}
