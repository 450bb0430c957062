package org.zhaokao.interview.application;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What an interview notice (面试通知书) says to one candidate: who, which recruitment and position, when
 * (date, part of the day, reporting time), where (venue and room), before which panel in which
 * session, and the sign-in code the waiting room scans.
 */
public record InterviewNotice(
    long slotId,
    long sessionId,
    long applicationId,
    String recruitment,
    String name,
    String maskedIdNumber,
    String ticket,
    String position,
    LocalDate date,
    String part,
    LocalTime startsAt,
    String venue,
    String panel,
    String room) {

  /** The text of the notice's QR code: the session and application the waiting room signs in. */
  public String signInCode() {
    return "zhaokao-interview:sign-in?session=" + sessionId + "&application=" + applicationId;
  }
}
