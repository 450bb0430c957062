package org.zhaokao.written.domain.bank;

/** How hard an item is (难度). */
public enum Difficulty {
  EASY,
  MEDIUM,
  HARD
}
