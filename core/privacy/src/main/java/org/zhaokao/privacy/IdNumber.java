package org.zhaokao.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A resident identity card number (居民身份证号码) as GB 11643 defines it: 6 digits of region, 8 of birth
 * date, 3 of sequence (odd for men, even for women) and a check character computed with ISO 7064
 * MOD 11-2 (0-9 or X).
 */
public final class IdNumber {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  /** The gender the sequence code records. */
  public enum Gender {
    MALE,
    FEMALE
  }

  /** Why a text is not a valid ID number; each has a message key {@code idNumber.<CODE>}. */
  public enum Problem {
    LENGTH,
    CHARACTERS,
    REGION,
    BIRTH_DATE,
    CHECK_DIGIT
  }

  private final String value;
  private final LocalDate birthDate;

  private IdNumber(String value, LocalDate birthDate) {
    this.value = value;
    this.birthDate = birthDate;
  }

  /**
   * Parses and validates an ID number; a trailing lower-case x is accepted and normalised.
   *
   * @param text the number as typed
   * @param today the date against which a birth date in the future is refused
   * @throws InvalidIdNumberException naming the first problem found
   */
  public static IdNumber parse(String text, LocalDate today) {
    Optional<Problem> problem = check(text, today);
    if (problem.isPresent()) {
      throw new InvalidIdNumberException(problem.get());
    }
    String n = normalise(text);
    return new IdNumber(n, birth(n));
  }

  /** The first problem of {@code text}, or empty when it is a valid ID number. */
  public static Optional<Problem> check(String text, LocalDate today) {
    if (text == null) {
      return Optional.of(Problem.LENGTH);
    }
    String n = normalise(text);
    if (n.length() != 18) {
      return Optional.of(Problem.LENGTH);
    }
    if (!n.substring(0, 17).chars().allMatch(Character::isDigit)
        || !(Character.isDigit(n.charAt(17)) || n.charAt(17) == 'X')) {
      return Optional.of(Problem.CHARACTERS);
    }
    if (n.charAt(0) == '0' || n.startsWith("000000")) {
      return Optional.of(Problem.REGION);
    }
    LocalDate born = birth(n);
    if (born == null || born.isBefore(EARLIEST_BIRTH) || born.isAfter(today)) {
      return Optional.of(Problem.BIRTH_DATE);
    }
    if (checkCharacter(n) != n.charAt(17)) {
      return Optional.of(Problem.CHECK_DIGIT);
    }
    return Optional.empty();
  }

  /** The check character the first 17 digits call for. */
  static char checkCharacter(String number) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  private static String normalise(String text) {
    return text.trim().toUpperCase(java.util.Locale.ROOT);
  }

  private static LocalDate birth(String n) {
    try {
      return LocalDate.of(
          Integer.parseInt(n.substring(6, 10)),
          Integer.parseInt(n.substring(10, 12)),
          Integer.parseInt(n.substring(12, 14)));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  public String value() {
    return value;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public Gender gender() {
    return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
  }

  /** Age in whole years on {@code date}. */
  public int ageOn(LocalDate date) {
    return java.time.Period.between(birthDate, date).getYears();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdNumber other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  /** Masked, so an ID number never reaches a log by accident. */
  @Override
  public String toString() {
    return Masking.idNumber(value);
  }
}
