package org.zhaokao.content.domain.complaint;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The promised answer deadline (答复期限) counted in working days: Monday to Friday after the day the
 * complaint arrived. Public holidays and their make-up working days (调休) are not in the calendar
 * yet; until they are, a deadline over a holiday is earlier than the law requires, never later.
 */
public final class WorkingDays {

  private WorkingDays() {}

  /** The date {@code days} working days after {@code filedOn}. */
  public static LocalDate after(LocalDate filedOn, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("at least one working day, got " + days);
    }
    LocalDate d = filedOn;
    int left = days;
    while (left > 0) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return d;
  }
}
