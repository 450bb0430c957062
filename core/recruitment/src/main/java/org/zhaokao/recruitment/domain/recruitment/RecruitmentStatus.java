package org.zhaokao.recruitment.domain.recruitment;

/**
 * The decided state of a recruitment (招考项目状态). {@link Phase} adds what follows from the application
 * window.
 */
public enum RecruitmentStatus {
  /** 草稿: being prepared, not visible to the public. */
  DRAFT,
  /** 待审核发布: submitted for publication, waiting for a second person's approval (SPEC S3). */
  PENDING_PUBLICATION,
  /** 已发布: the announcement is out. */
  PUBLISHED,
  /** 考试阶段: the stage chain runs. */
  IN_STAGES,
  /** 录用公示: the admission list is out. */
  ADMISSION_PUBLISHED,
  /** 已结束 */
  CLOSED,
  /** 已归档 */
  ARCHIVED;

  /** Whether the public sees the recruitment. */
  public boolean visible() {
    return this != DRAFT && this != PENDING_PUBLICATION;
  }
}
