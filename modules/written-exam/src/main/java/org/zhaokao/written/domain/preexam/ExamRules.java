package org.zhaokao.written.domain.preexam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The rules of an exam (考试须知): the text a candidate reads and accepts before the paper opens. The
 * digest names the very text accepted, so changed rules ask for a new acceptance.
 */
public final class ExamRules {

  /** The longest rules text. */
  public static final int MAX_LENGTH = 20000;

  private ExamRules() {}

  /** The stored form: stripped, and null for none. */
  public static String normalise(String rules) {
    if (rules == null || rules.isBlank()) {
      return null;
    }
    return rules.strip();
  }

  /**
   * @throws IllegalArgumentException for a text over {@link #MAX_LENGTH} characters
   */
  public static String checked(String rules) {
    String text = normalise(rules);
    if (text != null && text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "rules are at most " + MAX_LENGTH + " characters, got " + text.length());
    }
    return text;
  }

  /** SHA-256 of the text (UTF-8), hex; null for none. */
  public static String digest(String rules) {
    if (rules == null) {
      return null;
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(rules.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
