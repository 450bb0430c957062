package org.zhaokao.identity.domain.account;

/** Whether an account may log in. */
public enum AccountStatus {
  ACTIVE,
  /** Created, waiting for another administrator's review (服务人员信息审核). */
  PENDING_REVIEW,
  DISABLED
}
