package org.zhaokao.archiving.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A recruitment's archive package (招考档案): what was built, by whom and when, the sealed manifest
 * hash the package is checked against, how long it is kept (保管期限), and — once destroyed — who
 * asked, who approved and when (销毁记录). The row outlives the package.
 */
@Entity
@Table(name = "ar_archive")
public class Archive {

  @Id
  @SequenceGenerator(name = "ar_archive_seq", sequenceName = "ar_archive_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ar_archive_seq")
  private Long id;

  @Column(name = "recruitment_id", nullable = false)
  private long recruitmentId;

  @Column(name = "recruitment_title", nullable = false, length = 300)
  private String recruitmentTitle;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private ArchiveStatus status;

  @Column(name = "built_by", nullable = false)
  private long builtBy;

  @Column(name = "built_by_name", nullable = false, length = 120)
  private String builtByName;

  @Column(name = "built_at", nullable = false)
  private OffsetDateTime builtAt;

  @Column(name = "file_count", nullable = false)
  private int fileCount;

  @Column(name = "package_size", nullable = false)
  private long packageSize;

  @Column(name = "manifest_sha256", nullable = false, length = 64)
  private String manifestSha256;

  @Column(name = "package_sha256", nullable = false, length = 64)
  private String packageSha256;

  @Column(name = "storage_key", nullable = false, length = 200)
  private String storageKey;

  @Column(name = "retention_years", nullable = false)
  private int retentionYears;

  @Column(name = "retain_until", nullable = false)
  private OffsetDateTime retainUntil;

  @Column(name = "destruction_requested_by")
  private Long destructionRequestedBy;

  @Column(name = "destruction_requested_at")
  private OffsetDateTime destructionRequestedAt;

  @Column(name = "destruction_reason", length = 1000)
  private String destructionReason;

  @Column(name = "destroyed_by")
  private Long destroyedBy;

  @Column(name = "destroyed_at")
  private OffsetDateTime destroyedAt;

  @Column(name = "legal_hold_reason", length = 1000)
  private String legalHoldReason;

  @Column(name = "legal_hold_by")
  private Long legalHoldBy;

  @Column(name = "legal_hold_at")
  private OffsetDateTime legalHoldAt;

  @Version private long version;

  protected Archive() {}

  /** A freshly built, sealed package kept for {@code retentionYears} from {@code builtAt}. */
  public Archive(
      long recruitmentId,
      String recruitmentTitle,
      long builtBy,
      String builtByName,
      OffsetDateTime builtAt,
      Manifest.Sealed sealed,
      String storageKey,
      int retentionYears) {
    if (retentionYears < 0) {
      throw new IllegalArgumentException("retention must not be negative");
    }
    this.recruitmentId = recruitmentId;
    this.recruitmentTitle = Objects.requireNonNull(recruitmentTitle);
    this.status = ArchiveStatus.SEALED;
    this.builtBy = builtBy;
    this.builtByName = Objects.requireNonNull(builtByName);
    this.builtAt = Objects.requireNonNull(builtAt);
    this.fileCount = sealed.fileCount();
    this.packageSize = sealed.packageSize();
    this.manifestSha256 = sealed.manifestSha256();
    this.packageSha256 = sealed.packageSha256();
    this.storageKey = Objects.requireNonNull(storageKey);
    this.retentionYears = retentionYears;
    this.retainUntil = builtAt.plusYears(retentionYears);
  }

  /** Whether the retention period has run out at {@code now}. */
  public boolean expired(OffsetDateTime now) {
    return !now.isBefore(retainUntil);
  }

  /**
   * Places a legal hold (法律保全): while it holds, the package is not destroyed whatever its retention
   * says.
   *
   * @throws ArchivingException (409) once destroyed or already held; (422) without a reason
   */
  public void placeLegalHold(long by, String reason, OffsetDateTime now) {
    if (status == ArchiveStatus.DESTROYED) {
      throw ArchivingException.conflict("destroyed", "Archive " + id + " was destroyed");
    }
    if (legalHoldReason != null) {
      throw ArchivingException.conflict("held", "Archive " + id + " is already under legal hold");
    }
    this.legalHoldReason = requireReason(reason, "legal hold");
    this.legalHoldBy = by;
    this.legalHoldAt = now;
  }

  /**
   * Releases the legal hold.
   *
   * @throws ArchivingException (409) when there is none
   */
  public void releaseLegalHold() {
    if (legalHoldReason == null) {
      throw ArchivingException.conflict("not-held", "Archive " + id + " is not under legal hold");
    }
    legalHoldReason = null;
    legalHoldBy = null;
    legalHoldAt = null;
  }

  /**
   * The first person asks to destroy the package after its retention ended.
   *
   * @throws ArchivingException (409) unless it is sealed and expired; (422) without a reason
   */
  public void requestDestruction(long by, String reason, OffsetDateTime now) {
    if (status != ArchiveStatus.SEALED) {
      throw ArchivingException.conflict(
          "not-sealed",
          "Archive " + id + " is " + status + "; only a sealed archive can be destroyed");
    }
    if (!expired(now)) {
      throw ArchivingException.conflict(
          "retention-running",
          "Archive "
              + id
              + " must be kept until "
              + retainUntil
              + "; it cannot be destroyed before");
    }
    refuseUnderHold();
    this.destructionReason = requireReason(reason, "destruction");
    this.status = ArchiveStatus.DESTRUCTION_REQUESTED;
    this.destructionRequestedBy = by;
    this.destructionRequestedAt = now;
  }

  private void refuseUnderHold() {
    if (legalHoldReason != null) {
      throw ArchivingException.conflict(
          "legal-hold",
          "Archive "
              + id
              + " is under legal hold ("
              + legalHoldReason
              + "); it cannot be destroyed");
    }
  }

  private static String requireReason(String reason, String what) {
    if (reason == null || reason.isBlank()) {
      throw ArchivingException.invalid("reason-required", "Give the reason for the " + what);
    }
    if (reason.length() > 1000) {
      throw ArchivingException.invalid("reason-too-long", "The reason may be 1000 characters long");
    }
    return reason.strip();
  }

  /**
   * A second person approves; the package is then destroyed by the caller.
   *
   * @throws ArchivingException (409) unless destruction was requested, or when the approver is the
   *     person who asked (the second-person rule)
   */
  public void approveDestruction(long by, OffsetDateTime now) {
    if (status != ArchiveStatus.DESTRUCTION_REQUESTED) {
      throw ArchivingException.conflict(
          "no-request", "Archive " + id + " is " + status + "; nobody asked to destroy it");
    }
    refuseUnderHold();
    if (destructionRequestedBy != null && destructionRequestedBy == by) {
      throw ArchivingException.conflict(
          "second-person",
          "The person who asked for the destruction cannot approve it: a second-person approval is"
              + " required");
    }
    this.status = ArchiveStatus.DESTROYED;
    this.destroyedBy = by;
    this.destroyedAt = now;
  }

  public Long id() {
    return id;
  }

  public long recruitmentId() {
    return recruitmentId;
  }

  public String recruitmentTitle() {
    return recruitmentTitle;
  }

  public ArchiveStatus status() {
    return status;
  }

  public long builtBy() {
    return builtBy;
  }

  public String builtByName() {
    return builtByName;
  }

  public OffsetDateTime builtAt() {
    return builtAt;
  }

  public int fileCount() {
    return fileCount;
  }

  public long packageSize() {
    return packageSize;
  }

  public String manifestSha256() {
    return manifestSha256;
  }

  public String packageSha256() {
    return packageSha256;
  }

  public String storageKey() {
    return storageKey;
  }

  public int retentionYears() {
    return retentionYears;
  }

  public OffsetDateTime retainUntil() {
    return retainUntil;
  }

  public Optional<Long> destructionRequestedBy() {
    return Optional.ofNullable(destructionRequestedBy);
  }

  public Optional<OffsetDateTime> destructionRequestedAt() {
    return Optional.ofNullable(destructionRequestedAt);
  }

  public Optional<String> destructionReason() {
    return Optional.ofNullable(destructionReason);
  }

  public Optional<Long> destroyedBy() {
    return Optional.ofNullable(destroyedBy);
  }

  public Optional<OffsetDateTime> destroyedAt() {
    return Optional.ofNullable(destroyedAt);
  }

  /** The reason of the legal hold, or empty when none holds. */
  public Optional<String> legalHold() {
    return Optional.ofNullable(legalHoldReason);
  }

  public Optional<Long> legalHoldBy() {
    return Optional.ofNullable(legalHoldBy);
  }
}
