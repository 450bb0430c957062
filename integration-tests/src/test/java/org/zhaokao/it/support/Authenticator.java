package org.zhaokao.it.support;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tests' authenticator app for the demo administrator: computes RFC 6238 codes from the demo
 * key, and never offers the server a time step it has already accepted (the server refuses
 * replays), waiting for the next step when needed. Written independently of the server's
 * implementation, as a real app would be.
 */
public final class Authenticator {

  /** The demo administrator's key (base32), as DemoAccounts prints it. */
  public static final String DEMO_ADMIN_KEY = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  private static final java.util.Map<String, Long> LAST_STEP = new java.util.HashMap<>();

  /** How many steps ahead the test server accepts ({@code zhaokao.totp.window} there). */
  private static final long WINDOW = Long.getLong("zhaokao.it.totp.window", 1);

  private Authenticator() {}

  /** A code the server has not seen yet for the demo administrator. */
  public static String nextAdminCode() {
    return nextCode(DEMO_ADMIN_KEY);
  }

  /**
   * A code for {@code base32Key} the server has not seen yet (waits for the next step if needed).
   */
  public static synchronized String nextCode(String base32Key) {
    long now = Instant.now().getEpochSecond() / 30;
    long step = Math.max(now, LAST_STEP.getOrDefault(base32Key, -1L) + 1);
    while (step > now + WINDOW) {
      sleepUntilNextStep();
      now = Instant.now().getEpochSecond() / 30;
    }
    LAST_STEP.put(base32Key, step);
    return code(decodeBase32(base32Key), step);
  }

  /** The code of the current step, without using it (to pick a code that is certainly wrong). */
  public static String peek() {
    return code(decodeBase32(DEMO_ADMIN_KEY), Instant.now().getEpochSecond() / 30);
  }

  static String code(byte[] key, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int o = h[19] & 0xf;
      int bin =
          ((h[o] & 0x7f) << 24)
              | ((h[o + 1] & 0xff) << 16)
              | ((h[o + 2] & 0xff) << 8)
              | (h[o + 3] & 0xff);
      return String.format("%06d", bin % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] decodeBase32(String s) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    byte[] out = new byte[s.length() * 5 / 8];
    long buffer = 0;
    int bits = 0;
    int i = 0;
    for (char c : s.toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out[i++] = (byte) (buffer >> (bits - 8));
        bits -= 8;
      }
    }
    return out;
  }

  private static void sleepUntilNextStep() {
    long millis = 30_000 - (System.currentTimeMillis() % 30_000) + 50;
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
