package org.zhaokao.interview.domain;

/** The half of the day a session sits in (上午 / 下午 / 晚上). */
public enum SittingPart {
  MORNING,
  AFTERNOON,
  EVENING
}
