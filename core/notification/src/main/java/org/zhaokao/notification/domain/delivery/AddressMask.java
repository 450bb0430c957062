package org.zhaokao.notification.domain.delivery;

/**
 * The one place addresses are masked for display (脱敏): {@code z***@example.com}, {@code
 * 138****5678}. Staff screens and the API never show a full address. (The privacy module will take
 * this over for every personal field.)
 */
public final class AddressMask {

  private AddressMask() {}

  /** An e-mail address or a mobile number, masked; {@code null} stays {@code null}. */
  public static String mask(String address) {
    if (address == null) {
      return null;
    }
    return address.indexOf('@') >= 0 ? email(address) : mobile(address);
  }

  static String email(String address) {
    int at = address.lastIndexOf('@');
    String local = address.substring(0, at);
    return (local.isEmpty() ? "" : local.substring(0, 1)) + "***" + address.substring(at);
  }

  static String mobile(String number) {
    String digits = number.startsWith("+86") ? number.substring(3) : number;
    if (digits.length() < 8) {
      return "****";
    }
    int keepStart = digits.startsWith("+") ? 4 : 3;
    return digits.substring(0, keepStart)
        + "*".repeat(digits.length() - keepStart - 4)
        + digits.substring(digits.length() - 4);
  }
}
