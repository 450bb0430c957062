package org.zhaokao.identity.domain.account;

/** Who an account belongs to. */
public enum AccountKind {
  /** 考生: registers themself. */
  CANDIDATE,
  /** 服务人员: created by an administrator, activated after a second administrator's review. */
  STAFF,
  /** 招考单位用户: sees only their own employer's recruitments. */
  EMPLOYER
}
