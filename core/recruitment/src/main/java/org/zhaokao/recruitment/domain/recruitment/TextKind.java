package org.zhaokao.recruitment.domain.recruitment;

/** The texts a candidate reads and signs before applying. */
public enum TextKind {
  /** 报名须知: the application notice. */
  NOTICE,
  /** 诚信协议: the integrity pledge. */
  PLEDGE
}
