package org.zhaokao.identity.domain.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The password rules of OWASP ASVS level 2: at least 8 characters, up to 128, any characters, no
 * composition rules — but never one of the passwords people use most (the shipped list includes the
 * common Chinese ones such as 5201314 and woaini1314), a run of one repeated character, or the
 * person's own identifiers.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 128;

  /** Why a password is refused; screens translate it with {@code validation.password.<code>}. */
  public enum Problem {
    TOO_SHORT,
    TOO_LONG,
    COMMON,
    REPEATED,
    CONTAINS_IDENTIFIER
  }

  private static final Set<String> COMMON = load();

  private PasswordPolicy() {}

  /**
   * @param password the new password
   * @param identifiers the person's ID number, mobile, email, username — none may appear in the
   *     password
   */
  public static Optional<Problem> check(String password, String... identifiers) {
    if (password == null) {
      return Optional.of(Problem.TOO_SHORT);
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of(Problem.TOO_SHORT);
    }
    if (length > MAX_LENGTH) {
      return Optional.of(Problem.TOO_LONG);
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower)) {
      return Optional.of(Problem.COMMON);
    }
    if (password.codePoints().distinct().count() == 1) {
      return Optional.of(Problem.REPEATED);
    }
    for (String id : identifiers) {
      if (id != null && id.length() >= 4 && lower.contains(id.toLowerCase(Locale.ROOT))) {
        return Optional.of(Problem.CONTAINS_IDENTIFIER);
      }
    }
    return Optional.empty();
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("common-passwords.txt missing from the identity module");
      }
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
