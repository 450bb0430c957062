package org.zhaokao.identity.domain.mfa;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords as every authenticator app computes them: HMAC-SHA1,
 * 30-second steps, 6 digits. A code is accepted for the current step and one step either side
 * (clock drift), and only for a step later than the last one used, so an observed code cannot be
 * replayed.
 */
public final class Totp {

  static final int STEP_SECONDS = 30;
  static final int DIGITS = 6;
  static final int SECRET_BYTES = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  public static byte[] newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return secret;
  }

  public static long step(Instant at) {
    return at.getEpochSecond() / STEP_SECONDS;
  }

  /** The code of one step, zero-padded to six digits. */
  public static String code(byte[] secret, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
      return String.format("%06d", binary % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
    }
  }

  /**
   * The step a typed code matches, if it is valid now and newer than {@code lastUsedStep}.
   *
   * @param typed what the person typed (spaces ignored)
   * @param lastUsedStep the newest step already accepted for this secret, or -1
   */
  public static OptionalLong verify(byte[] secret, String typed, Instant now, long lastUsedStep) {
    return verify(secret, typed, now, lastUsedStep, 1);
  }

  /**
   * As {@link #verify(byte[], String, Instant, long)}, accepting {@code window} steps either side
   * of the current one instead of one.
   */
  public static OptionalLong verify(
      byte[] secret, String typed, Instant now, long lastUsedStep, int window) {
    if (typed == null) {
      return OptionalLong.empty();
    }
    String code = typed.replace(" ", "");
    if (code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    long current = step(now);
    for (long s = current - window; s <= current + window; s++) {
      if (s > lastUsedStep
          && java.security.MessageDigest.isEqual(
              code(secret, s).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
              code.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
        return OptionalLong.of(s);
      }
    }
    return OptionalLong.empty();
  }

  /** The {@code otpauth://} URI an authenticator app reads from the enrolment QR code. */
  public static String uri(String issuer, String accountName, byte[] secret) {
    String label = encode(issuer) + ":" + encode(accountName);
    return "otpauth://totp/"
        + label
        + "?secret="
        + Base32.encode(secret)
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + STEP_SECONDS;
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }
}
