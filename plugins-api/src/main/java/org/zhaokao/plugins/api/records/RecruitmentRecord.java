package org.zhaokao.plugins.api.records;

import java.util.List;
import java.util.Objects;

/**
 * A recruitment (招考项目) with its stage chain, as {@link RecruitmentRecords} reads it.
 *
 * @param recruitmentId the recruitment
 * @param title its title
 * @param employerId the employer (招考单位) it recruits for
 * @param stages its stage instances in chain order (empty before a chain is composed)
 * @since SPI 1.7
 */
public record RecruitmentRecord(
    long recruitmentId, String title, long employerId, List<StageRecord> stages) {

  public RecruitmentRecord {
    Objects.requireNonNull(title, "title");
    stages = List.copyOf(stages);
  }
}
