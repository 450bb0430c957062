package org.zhaokao.plugins.api.notify;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One person to notify (通知对象): an account (whose in-site inbox always receives the message), and
 * the addresses to reach the person by e-mail and SMS. At least one of the three is present.
 *
 * <p>Contact details travel with the request because the caller knows them at the moment of the
 * state change; a candidate's channel preferences are applied by the caller until the identity
 * module resolves them for an account.
 *
 * @param accountId the account, for the in-site inbox; empty for an address-only recipient
 * @param email an e-mail address
 * @param mobile a mobile number: 11 digits of a mainland number (1xxxxxxxxxx, optionally with +86)
 *     or an international number in E.164 form (+ and 8 to 15 digits)
 */
public record Recipient(
    Optional<String> accountId, Optional<String> email, Optional<String> mobile) {

  private static final int MAX_ACCOUNT_ID = 64;
  private static final int MAX_EMAIL = 254;
  private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s\"<>()\\[\\],;:\\\\]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
  private static final Pattern MAINLAND = Pattern.compile("(\\+86)?1[3-9][0-9]{9}");
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

  public Recipient {
    accountId = accountId.map(String::strip);
    email = email.map(String::strip);
    mobile = mobile.map(m -> m.replaceAll("[\\s-]", ""));
    if (accountId.isEmpty() && email.isEmpty() && mobile.isEmpty()) {
      throw new IllegalArgumentException("a recipient needs an account id, an e-mail or a mobile");
    }
    accountId.ifPresent(Recipient::checkAccountId);
    email.ifPresent(Recipient::checkEmail);
    mobile.ifPresent(Recipient::checkMobile);
  }

  /**
   * A recipient known by account; add addresses with {@link #withEmail} and {@link #withMobile}.
   */
  public static Recipient account(String accountId) {
    return new Recipient(Optional.of(accountId), Optional.empty(), Optional.empty());
  }

  /** A recipient known only by an e-mail address (no inbox). */
  public static Recipient email(String address) {
    return new Recipient(Optional.empty(), Optional.of(address), Optional.empty());
  }

  /** A recipient known only by a mobile number (no inbox). */
  public static Recipient mobile(String number) {
    return new Recipient(Optional.empty(), Optional.empty(), Optional.of(number));
  }

  public Recipient withEmail(String address) {
    return new Recipient(accountId, Optional.of(address), mobile);
  }

  public Recipient withMobile(String number) {
    return new Recipient(accountId, email, Optional.of(number));
  }

  private static void checkAccountId(String id) {
    if (id.length() > MAX_ACCOUNT_ID || !ACCOUNT.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "account id must be 1 to 64 letters, digits or . _ : -; got '" + id + "'");
    }
  }

  private static void checkEmail(String address) {
    if (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches()) {
      // The address itself is personal data: say what is wrong, not what it was.
      throw new IllegalArgumentException("an e-mail address is not valid");
    }
  }

  private static void checkMobile(String number) {
    if (!MAINLAND.matcher(number).matches() && !E164.matcher(number).matches()) {
      throw new IllegalArgumentException(
          "a mobile number is not valid: expected 11 digits starting with 1 (optionally +86) or"
              + " an international number like +85291234567");
    }
  }
}
