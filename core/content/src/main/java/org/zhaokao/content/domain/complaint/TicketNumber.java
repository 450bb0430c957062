package org.zhaokao.content.domain.complaint;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A complaint's ticket number (工单号), {@code TS20261127-7KQ2MX}: the filing date and six random
 * characters without look-alikes (no 0/O, 1/I), so it can be read out on the phone and cannot be
 * guessed from a neighbour's.
 */
public final class TicketNumber {

  private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private TicketNumber() {}

  public static String next(LocalDate filedOn) {
    StringBuilder b = new StringBuilder("TS").append(DAY.format(filedOn)).append('-');
    for (int i = 0; i < 6; i++) {
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  /** Whether {@code s} has the form of a ticket number. */
  public static boolean wellFormed(String s) {
    return s != null && s.matches("TS[0-9]{8}-[" + ALPHABET + "]{6}");
  }
}
