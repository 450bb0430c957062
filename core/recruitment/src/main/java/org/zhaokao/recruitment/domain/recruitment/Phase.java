package org.zhaokao.recruitment.domain.recruitment;

/**
 * Where a recruitment stands in the lifecycle of DESIGN.md (招考阶段): DRAFT → PUBLISHED → APPLYING →
 * REVIEWING → IN_STAGES → ADMISSION_PUBLISHED → CLOSED → ARCHIVED. APPLYING and REVIEWING are not
 * stored: a published recruitment is APPLYING while its window is open and REVIEWING after it
 * closes, so the phase changes on time without a timer.
 */
public enum Phase {
  DRAFT,
  PENDING_PUBLICATION,
  PUBLISHED,
  APPLYING,
  REVIEWING,
  IN_STAGES,
  ADMISSION_PUBLISHED,
  CLOSED,
  ARCHIVED
}
