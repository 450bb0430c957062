package org.zhaokao.discipline.domain.blacklist;

/**
 * Whom a blacklisting (黑名单) bars the candidate from: every recruitment, or only the recruitments of
 * the employer (招考单位) whose recruitment the violation happened in.
 */
public enum BlacklistScope {
  /** Every recruitment on the platform (the default). */
  ALL,
  /** Only the recruitments of the incident's employer. */
  EMPLOYER
}
