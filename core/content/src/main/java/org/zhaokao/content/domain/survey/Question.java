package org.zhaokao.content.domain.survey;

/**
 * The questions of every survey, each marked 1 (very dissatisfied) to 5 (very satisfied): the
 * overall rating and the five aspects SPEC Q2 names (content, process, efficiency, result, staff
 * attitude).
 */
public enum Question {
  OVERALL("overall"),
  CONTENT("content"),
  PROCESS("process"),
  EFFICIENCY("efficiency"),
  RESULT("result"),
  ATTITUDE("attitude");

  /** The lowest and the highest mark. */
  public static final int MIN = 1;

  public static final int MAX = 5;

  private final String field;

  Question(String field) {
    this.field = field;
  }

  /** The name of the answer's field in forms and JSON. */
  public String field() {
    return field;
  }

  /** Whether {@code mark} is a mark of the scale. */
  public static boolean valid(Integer mark) {
    return mark != null && mark >= MIN && mark <= MAX;
  }
}
