package org.zhaokao.privacy;

import java.util.Set;

/**
 * The platform's one set of masking rules (去标识化展示) for personal data shown on screens, in exports
 * and in logs. A value is shown in full only to a viewer holding {@code pii:view-full}, and that
 * viewing is audited.
 */
public final class Masking {

  /** Two-character surnames (复姓) whose both characters stay visible: 欧阳** rather than 欧***. */
  private static final Set<String> COMPOUND_SURNAMES =
      Set.of(
          "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐",
          "钟离", "澹台", "公冶", "太史", "申屠", "端木", "西门", "南宫", "闻人", "赫连", "呼延", "独孤", "百里", "东郭", "左丘",
          "第五", "万俟", "拓跋", "司空");

  private Masking() {}

  /** {@code 110101********1234}: region and the last four kept. */
  public static String idNumber(String value) {
    if (value == null || value.length() < 10) {
      return stars(value);
    }
    return value.substring(0, 6)
        + "*".repeat(value.length() - 10)
        + value.substring(value.length() - 4);
  }

  /** {@code 138****5678}: the first three and the last four kept. */
  public static String mobile(String value) {
    if (value == null || value.length() < 7) {
      return stars(value);
    }
    return value.substring(0, 3)
        + "*".repeat(value.length() - 7)
        + value.substring(value.length() - 4);
  }

  /** {@code 张*}, {@code 欧阳**}, {@code 李**}: the surname kept, every other character starred. */
  public static String name(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    int[] cps = value.codePoints().toArray();
    int keep = cps.length > 2 && COMPOUND_SURNAMES.contains(new String(cps, 0, 2)) ? 2 : 1;
    return new String(cps, 0, Math.min(keep, cps.length))
        + "*".repeat(Math.max(0, cps.length - keep));
  }

  /** {@code z***@example.com}: the first character of the local part and the domain kept. */
  public static String email(String value) {
    if (value == null) {
      return "";
    }
    int at = value.indexOf('@');
    if (at < 1) {
      return stars(value);
    }
    return value.charAt(0) + "***" + value.substring(at);
  }

  private static String stars(String value) {
    return value == null ? "" : "*".repeat(value.length());
  }
}
