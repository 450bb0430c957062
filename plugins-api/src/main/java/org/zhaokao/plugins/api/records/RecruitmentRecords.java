package org.zhaokao.plugins.api.records;

import java.util.Optional;

/**
 * A recruitment's records as the core keeps them (招考档案记录), from {@link
 * org.zhaokao.plugins.api.CoreServices#records()}. Reads only. Unlike the {@link
 * org.zhaokao.plugins.api.roster.StageRoster}, which answers per stage, this answers for the whole
 * recruitment and tells an unknown recruitment apart from an empty one.
 *
 * <p>Only the core implements this interface. Calls run in the caller's transaction, or in a new
 * one when the caller has none.
 *
 * @since SPI 1.7
 */
public interface RecruitmentRecords {

  /**
   * The recruitment with its stage chain and each stage's outcomes.
   *
   * @return empty if no such recruitment exists
   */
  Optional<RecruitmentRecord> recruitment(long recruitmentId);
}
