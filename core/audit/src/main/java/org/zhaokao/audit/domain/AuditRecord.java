package org.zhaokao.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditResult;

/**
 * One row of the audit trail (审计记录) as stored: the entry, the time the core recorded it, and, once
 * the chain keeper has linked it, its position in the chain, the previous row's hash and its own.
 *
 * @param id the row's id, given at insert; ids grow with insert time, not with commit time
 * @param position the row's place in the chain (1, 2, ...), or null while not yet linked
 * @param occurredAt when the core recorded the entry, to the microsecond (what both databases keep)
 * @param actorId account id, {@code system} or {@code anonymous}
 * @param actorRole the role the actor acted in
 * @param action dotted action name
 * @param targetType kind of record acted on, or empty
 * @param targetId id of that record, or empty
 * @param result how it ended
 * @param clientIp client address, or empty
 * @param userAgent client user agent, or empty
 * @param details the details as canonical JSON ({@link DetailsJson})
 * @param prevHash hash of the row before in the chain (or the anchor), or null while not linked
 * @param hash this row's hash ({@link ChainHash}), or null while not linked
 */
public record AuditRecord(
    Long id,
    Long position,
    Instant occurredAt,
    String actorId,
    String actorRole,
    String action,
    String targetType,
    String targetId,
    AuditResult result,
    String clientIp,
    String userAgent,
    String details,
    String prevHash,
    String hash) {

  public AuditRecord {
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(result, "result");
  }

  /** A new, unlinked row for {@code entry} recorded at {@code at} (cut to microseconds). */
  public static AuditRecord of(AuditEntry entry, Instant at) {
    return new AuditRecord(
        null,
        null,
        at.truncatedTo(ChronoUnit.MICROS),
        entry.actor().id(),
        entry.actor().role(),
        entry.action(),
        entry.targetType(),
        entry.targetId(),
        entry.result(),
        entry.clientIp(),
        entry.userAgent(),
        DetailsJson.encode(entry.details()),
        null,
        null);
  }

  /** Whether the chain keeper has linked this row. */
  public boolean linked() {
    return position != null;
  }

  /** This row placed at {@code pos} after a row whose hash is {@code previous}. */
  public AuditRecord linkedAt(long pos, String previous) {
    AuditRecord placed = with(pos, details, previous, null);
    return placed.with(pos, details, previous, ChainHash.of(placed));
  }

  /** A copy with other chain columns and details: what the keeper, and a tamperer, change. */
  public AuditRecord with(Long pos, String newDetails, String previous, String newHash) {
    return new AuditRecord(
        id,
        pos,
        occurredAt,
        actorId,
        actorRole,
        action,
        targetType,
        targetId,
        result,
        clientIp,
        userAgent,
        newDetails,
        previous,
        newHash);
  }
}
