package org.zhaokao.interview.application;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * An interview as its candidate sees it on the portal: time and place, the number plate once drawn,
 * and for the online form the meeting link — present only while the candidate's time slot is open.
 */
public record MyInterview(
    long slotId,
    long recruitmentId,
    String recruitment,
    LocalDate date,
    String part,
    LocalTime startsAt,
    String venue,
    String panel,
    String room,
    String plate,
    boolean online,
    OffsetDateTime meetingOpensAt,
    OffsetDateTime meetingClosesAt,
    String meetingLink)
    implements java.io.Serializable {}
