package org.zhaokao.written.domain.bank;

/** The kinds of question (题型) the bank holds. */
public enum ItemType {
  /** 单选题: one option is right. */
  SINGLE_CHOICE(true, true),
  /** 多选题: several options are right; all of them and nothing else scores. */
  MULTIPLE_CHOICE(true, true),
  /** 判断题: true or false. */
  TRUE_FALSE(true, false),
  /** 填空题: one or more blanks, each with its accepted answers. */
  FILL_BLANK(true, false),
  /** 简答题/论述题: marked by people (double marking), never automatically. */
  ESSAY(false, false);

  private final boolean objective;
  private final boolean hasOptions;

  ItemType(boolean objective, boolean hasOptions) {
    this.objective = objective;
    this.hasOptions = hasOptions;
  }

  /** Whether the machine marks it. */
  public boolean objective() {
    return objective;
  }

  /** Whether the candidate picks among options (which a paper shuffles). */
  public boolean hasOptions() {
    return hasOptions;
  }
}
