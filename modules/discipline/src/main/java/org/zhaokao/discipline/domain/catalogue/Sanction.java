package org.zhaokao.discipline.domain.catalogue;

/** What a discipline decision may impose (处理措施). */
public enum Sanction {
  /** 当次该科目（本环节）成绩无效. */
  VOID_STAGE_SCORE,
  /** 取消本次招考资格: the application leaves the recruitment (DISQUALIFIED in the core). */
  DISQUALIFY,
  /** 列入黑名单: barred from applying for a number of years. */
  BLACKLIST
}
