package org.zhaokao.interview.application;

import java.time.OffsetDateTime;

/**
 * A candidate on a session's roster as the waiting room's staff see it for the identity check
 * (身份核验): name, masked ID number, ticket, whether signed in or absent, and the drawn place once
 * drawn.
 */
public record RosterLine(
    long slotId,
    long applicationId,
    String name,
    String maskedIdNumber,
    String ticket,
    String position,
    OffsetDateTime signedInAt,
    boolean absent,
    Integer order,
    String plate)
    implements java.io.Serializable {}
