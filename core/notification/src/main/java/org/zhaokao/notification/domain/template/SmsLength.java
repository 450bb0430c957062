package org.zhaokao.notification.domain.template;

/**
 * How long an SMS may be. A text of GSM 7-bit characters fits 160 per message (153 per part of a
 * long one); anything else, Chinese included, is sent as UCS-2 with 70 (67). Gateways bill per
 * part, so the limit is a number of parts.
 *
 * @param maxParts how many parts one notification may take
 */
public record SmsLength(int maxParts) {

  private static final String GSM_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String GSM_EXTENDED = "^{}\\[~]|€\f";

  public SmsLength {
    if (maxParts < 1 || maxParts > 10) {
      throw new IllegalArgumentException("SMS parts must be 1 to 10, got " + maxParts);
    }
  }

  /** The limit, in characters, for {@code text}'s encoding. */
  public int limitFor(String text) {
    boolean gsm = isGsm(text);
    if (maxParts == 1) {
      return gsm ? 160 : 70;
    }
    return maxParts * (gsm ? 153 : 67);
  }

  /** The length the gateway counts: GSM extension characters take two. */
  public static int lengthOf(String text) {
    if (!isGsm(text)) {
      return text.codePointCount(0, text.length());
    }
    int length = 0;
    for (char c : text.toCharArray()) {
      length += GSM_EXTENDED.indexOf(c) >= 0 ? 2 : 1;
    }
    return length;
  }

  /** Whether {@code text} fits. */
  public boolean fits(String text) {
    return lengthOf(text) <= limitFor(text);
  }

  private static boolean isGsm(String text) {
    return text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENDED.indexOf(c) >= 0);
  }
}
