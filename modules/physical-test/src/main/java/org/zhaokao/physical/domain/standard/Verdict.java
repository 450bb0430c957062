package org.zhaokao.physical.domain.standard;

/** Met or not (达标 / 未达标), per item and overall. */
public enum Verdict {
  PASSED,
  FAILED
}
