package org.zhaokao.audit.domain;

/**
 * The first place where the chain does not hold.
 *
 * @param kind what is wrong
 * @param position the chain position of the row named (for a deletion: the first missing one)
 * @param eventId id of the row named, or null when the row is gone
 * @param detail what the verifier saw, for the auditor
 */
public record ChainBreak(BreakKind kind, long position, Long eventId, String detail) {}
