package org.zhaokao.pipeline.application.flow;

/**
 * What the pipeline tells the recruitment module about the recruitment's lifecycle (DESIGN.md:
 * PUBLISHED → IN_STAGES → ADMISSION_PUBLISHED): the recruitment module implements it.
 */
public interface RecruitmentLifecycle {

  /** The first stage has been notified: the recruitment is IN_STAGES (once; again is a no-op). */
  void stagesBegun(long recruitmentId);

  /** The admission list is published: the recruitment is ADMISSION_PUBLISHED. */
  void admissionPublished(long recruitmentId);
}
