package org.zhaokao.content.domain.setting;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The site settings staff may change, each with its default and the form its value must have: the
 * licences every footer shows (营业执照, 人力资源服务许可证, ICP 备案, SPEC P1) as numbers and image addresses,
 * and the complaint answer deadline in working days (Q3).
 */
public enum SettingKey {
  BUSINESS_LICENCE_NUMBER("licence.business.number", "", Form.TEXT),
  BUSINESS_LICENCE_IMAGE("licence.business.image", "", Form.IMAGE),
  HR_LICENCE_NUMBER("licence.hr.number", "", Form.TEXT),
  HR_LICENCE_IMAGE("licence.hr.image", "", Form.IMAGE),
  ICP_NUMBER("licence.icp.number", "", Form.TEXT),
  ICP_LINK("licence.icp.link", "", Form.IMAGE),
  COMPLAINT_ANSWER_DAYS("complaint.answerDays", "5", Form.DAYS);

  /** What a value may look like. */
  enum Form {
    /** One line of at most 100 characters, no markup characters. */
    TEXT(Pattern.compile("[^<>\\r\\n]{0,100}")),
    /** Empty, an https address, or a path on this site. */
    IMAGE(Pattern.compile("|https://[^\\s\"'<>]{1,300}|/[^\\s\"'<>]{1,300}")),
    /** 1 to 60 working days. */
    DAYS(Pattern.compile("[1-9]|[1-5][0-9]|60"));

    private final Pattern pattern;

    Form(Pattern pattern) {
      this.pattern = pattern;
    }
  }

  private final String key;
  private final String defaultValue;
  private final Form form;

  SettingKey(String key, String defaultValue, Form form) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.form = form;
  }

  public String key() {
    return key;
  }

  public String defaultValue() {
    return defaultValue;
  }

  /** Whether {@code value} (trimmed) is acceptable for this setting. */
  public boolean accepts(String value) {
    return value != null && form.pattern.matcher(value.strip()).matches();
  }

  /** The message for a refused value. */
  public String rule() {
    return switch (form) {
      case TEXT -> "At most 100 characters on one line, without < or >";
      case IMAGE -> "Empty, an https:// address or a path on this site";
      case DAYS -> "A whole number of working days from 1 to 60";
    };
  }

  public static Optional<SettingKey> of(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }
}
