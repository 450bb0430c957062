package org.zhaokao.recruitment.domain.application;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a recruitment spells its admission-ticket numbers (准考证号): literal letters, digits and '-',
 * and the placeholders {@code {year}} (the year the application window closes), {@code
 * {recruitment}} and {@code {position}} (their codes) and, exactly once, {@code {seq:N}} — the
 * recruitment's gap-free sequence, zero-padded to N digits (3 to 8). Example: {@code
 * {year}{recruitment}{position}{seq:4}} gives 2026R0101 0001 without the space.
 */
public final class TicketPattern {

  /** What a recruitment uses until someone sets another. */
  public static final String DEFAULT = "{year}{recruitment}{position}{seq:4}";

  public static final int MAX_LENGTH = 100;

  private static final Pattern PART =
      Pattern.compile("\\{(year|recruitment|position|seq:([3-8]))\\}|[A-Za-z0-9-]+");

  private final String text;
  private final List<String> parts;
  private final int digits;

  private TicketPattern(String text, List<String> parts, int digits) {
    this.text = text;
    this.parts = parts;
    this.digits = digits;
  }

  /**
   * Reads a pattern.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static TicketPattern of(String text) {
    if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("A pattern of 1 to " + MAX_LENGTH + " characters");
    }
    List<String> parts = new ArrayList<>();
    int digits = 0;
    Matcher m = PART.matcher(text);
    int at = 0;
    while (at < text.length()) {
      if (!m.find(at) || m.start() != at) {
        throw new IllegalArgumentException(
            "Unexpected '"
                + text.charAt(at)
                + "' at "
                + (at + 1)
                + ": use letters, digits, '-',"
                + " {year}, {recruitment}, {position} and {seq:N}");
      }
      if (m.group(2) != null) {
        if (digits > 0) {
          throw new IllegalArgumentException("{seq:N} appears once");
        }
        digits = Integer.parseInt(m.group(2));
      }
      parts.add(m.group());
      at = m.end();
    }
    if (digits == 0) {
      throw new IllegalArgumentException("The pattern needs the sequence {seq:N}, N from 3 to 8");
    }
    return new TicketPattern(text, List.copyOf(parts), digits);
  }

  /**
   * The number for one application.
   *
   * @throws IllegalStateException when the sequence outgrows its digits
   */
  public String format(int year, String recruitmentCode, String positionCode, long seq) {
    String s = String.valueOf(seq);
    if (s.length() > digits) {
      throw new IllegalStateException("Sequence " + seq + " has more than " + digits + " digits");
    }
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      switch (part) {
        case "{year}" -> out.append(year);
        case "{recruitment}" -> out.append(recruitmentCode);
        case "{position}" -> out.append(positionCode);
        default -> {
          if (part.startsWith("{seq:")) {
            out.append("0".repeat(digits - s.length())).append(s);
          } else {
            out.append(part);
          }
        }
      }
    }
    return out.toString();
  }

  public String text() {
    return text;
  }
}
