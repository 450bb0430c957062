package org.zhaokao.content.domain.complaint;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the complainant is reached: an e-mail address or a mainland mobile number. The reply goes
 * there when the complainant has no candidate account.
 */
public enum ContactKind {
  EMAIL,
  MOBILE;

  private static final Pattern MAIL =
      Pattern.compile("[^@\\s\"<>()\\[\\],;:\\\\]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
  private static final Pattern MAINLAND = Pattern.compile("1[3-9][0-9]{9}");

  /** The kind of a contact as typed, after {@link #normalise}; empty when it is neither. */
  public static Optional<ContactKind> of(String normalised) {
    if (normalised == null || normalised.length() > 254) {
      return Optional.empty();
    }
    if (MAINLAND.matcher(normalised).matches()) {
      return Optional.of(MOBILE);
    }
    return MAIL.matcher(normalised).matches() ? Optional.of(EMAIL) : Optional.empty();
  }

  /** A mobile without spaces, dashes or a +86 prefix; an e-mail in lower case. */
  public static String normalise(String contact) {
    if (contact == null) {
      return "";
    }
    String c = contact.strip();
    if (c.contains("@")) {
      return c.toLowerCase(java.util.Locale.ROOT);
    }
    c = c.replaceAll("[\\s-]", "");
    return c.startsWith("+86") ? c.substring(3) : c;
  }
}
