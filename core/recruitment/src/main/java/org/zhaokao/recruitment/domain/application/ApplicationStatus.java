package org.zhaokao.recruitment.domain.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application (报名) stands in the review (资格审核). Later states (per stage, ADMITTED, ...)
 * arrive with the pipeline.
 */
public enum ApplicationStatus {
  /** 已提交, 待审核 */
  SUBMITTED,
  /** 退回修改: the candidate corrects it and submits again while the window is open. */
  RETURNED,
  /** 审核通过 */
  APPROVED,
  /** 审核不通过 (with the reason) */
  REJECTED,
  /** 已撤回 by the candidate */
  WITHDRAWN,
  /** 取消资格: removed from the recruitment by a discipline decision (违纪处理), with the reason. */
  DISQUALIFIED;

  /** States that count as the candidate's one application to the recruitment, and as applicants. */
  public static final Set<ApplicationStatus> LIVE = EnumSet.of(SUBMITTED, RETURNED, APPROVED);

  public boolean live() {
    return LIVE.contains(this);
  }

  /** Whether the candidate may still change or withdraw it (the review has not decided yet). */
  public boolean openToCandidate() {
    return this == SUBMITTED || this == RETURNED;
  }

  /**
   * Whether the candidate sees the review's decision: a return at once, a result once the employer
   * {@code confirmed} it.
   */
  public boolean shown(boolean confirmed) {
    return switch (this) {
      case APPROVED, REJECTED -> confirmed;
      default -> true;
    };
  }
}
