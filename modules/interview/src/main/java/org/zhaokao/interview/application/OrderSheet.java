package org.zhaokao.interview.application;

import java.time.LocalDate;
import java.util.List;

/** The printable order list of one session (抽签结果表). */
public record OrderSheet(
    String panel, String room, LocalDate date, String part, long seed, List<Line> lines) {

  /** One candidate, in calling order. */
  public record Line(
      int order, String plate, String name, String ticket, String position, boolean absent) {}
}
