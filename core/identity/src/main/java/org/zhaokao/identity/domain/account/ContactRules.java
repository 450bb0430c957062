package org.zhaokao.identity.domain.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** The formats of mainland mobile numbers and email addresses the platform accepts. */
public final class ContactRules {

  private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(\\.[A-Za-z0-9-]{1,63})+");
  private static final Pattern NAME = Pattern.compile("[\\p{IsHan}A-Za-z·• ]{2,50}");

  private ContactRules() {}

  public static boolean isMobile(String value) {
    return value != null && MOBILE.matcher(value).matches();
  }

  public static boolean isEmail(String value) {
    return value != null && value.length() <= 254 && EMAIL.matcher(value).matches();
  }

  /**
   * A real name as on the ID card: Chinese characters, or Latin letters with spaces and the middle
   * dot.
   */
  public static boolean isRealName(String value) {
    return value != null && NAME.matcher(value).matches() && !value.isBlank();
  }

  public static String normaliseEmail(String value) {
    return value.trim().toLowerCase(Locale.ROOT);
  }
}
