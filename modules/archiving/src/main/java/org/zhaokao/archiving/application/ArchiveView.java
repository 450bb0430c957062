package org.zhaokao.archiving.application;

import java.time.OffsetDateTime;
import org.zhaokao.archiving.domain.Archive;

/**
 * An archive as the archivists' screens and API show it; the destruction fields are null until
 * someone asks, the legal hold (its reason) null while none holds.
 */
public record ArchiveView(
    long id,
    long recruitmentId,
    String recruitmentTitle,
    String status,
    long builtBy,
    String builtByName,
    OffsetDateTime builtAt,
    int fileCount,
    long packageSize,
    String manifestSha256,
    String packageSha256,
    int retentionYears,
    OffsetDateTime retainUntil,
    boolean expired,
    Long destructionRequestedBy,
    OffsetDateTime destructionRequestedAt,
    String destructionReason,
    Long destroyedBy,
    OffsetDateTime destroyedAt,
    String legalHold) {

  static ArchiveView of(Archive a, OffsetDateTime now) {
    return new ArchiveView(
        a.id(),
        a.recruitmentId(),
        a.recruitmentTitle(),
        a.status().name(),
        a.builtBy(),
        a.builtByName(),
        a.builtAt(),
        a.fileCount(),
        a.packageSize(),
        a.manifestSha256(),
        a.packageSha256(),
        a.retentionYears(),
        a.retainUntil(),
        a.expired(now),
        a.destructionRequestedBy().orElse(null),
        a.destructionRequestedAt().orElse(null),
        a.destructionReason().orElse(null),
        a.destroyedBy().orElse(null),
        a.destroyedAt().orElse(null),
        a.legalHold().orElse(null));
  }
}
