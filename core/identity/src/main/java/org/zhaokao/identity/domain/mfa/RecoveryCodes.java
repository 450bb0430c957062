package org.zhaokao.identity.domain.mfa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Single-use recovery codes for a lost phone: ten codes of 10 random characters (about 50 bits
 * each), shown once at enrolment and stored only as SHA-256 hashes — their entropy makes a slow
 * hash unnecessary.
 */
public final class RecoveryCodes {

  static final int COUNT = 10;
  private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private RecoveryCodes() {}

  /** Fresh codes, formatted {@code abcde-fghjk}. */
  public static List<String> generate() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      StringBuilder code = new StringBuilder();
      for (int j = 0; j < 10; j++) {
        if (j == 5) {
          code.append('-');
        }
        code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
      }
      codes.add(code.toString());
    }
    return codes;
  }

  /** The stored form of a code as typed (case, spaces and the hyphen do not matter). */
  public static String hash(String typed) {
    String normal = typed.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
