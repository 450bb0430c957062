package org.zhaokao.interview.application;

import java.time.LocalDate;

/**
 * A candidate as an examiner sees them: by number plate in drawn order, never by name, with the
 * state of the examiner's own sheet.
 */
public record CandidateLine(
    long slotId,
    long sessionId,
    LocalDate date,
    String part,
    int order,
    String plate,
    boolean absent,
    Long mySheetId,
    String mySheetStatus)
    implements java.io.Serializable {}
