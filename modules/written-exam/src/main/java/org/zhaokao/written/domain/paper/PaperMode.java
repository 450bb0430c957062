package org.zhaokao.written.domain.paper;

/** Whether every candidate answers the same items or draws their own. */
public enum PaperMode {
  /** 统一试卷: the same items for everyone (drawn with the exam's seed), each in their own order. */
  FIXED,
  /** 随机抽题: each candidate's items drawn with their own seed. */
  PER_CANDIDATE
}
