package org.zhaokao.recruitment.domain.recruitment;

/**
 * Political status (政治面貌) as a candidate declares it. A position may require {@link #CPC_MEMBER},
 * which probationary members (中共预备党员) also meet, as announcements usually say "中共党员（含预备党员）".
 */
public enum PoliticalStatus {
  /** 群众 */
  MASSES,
  /** 共青团员 */
  CYL_MEMBER,
  /** 中共预备党员 */
  CPC_PROBATIONARY,
  /** 中共党员 */
  CPC_MEMBER,
  /** 民主党派 */
  DEMOCRATIC_PARTY,
  /** 无党派人士 */
  NON_PARTISAN;

  public boolean meets(PoliticalStatus required) {
    if (required == null) {
      return true;
    }
    if (required == CPC_MEMBER) {
      return this == CPC_MEMBER || this == CPC_PROBATIONARY;
    }
    return this == required;
  }
}
