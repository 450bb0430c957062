package org.zhaokao.archiving.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.zhaokao.archiving.domain.Archive;
import org.zhaokao.archiving.domain.ArchivePackage;
import org.zhaokao.archiving.domain.ArchiveStore;
import org.zhaokao.archiving.domain.Archives;
import org.zhaokao.archiving.domain.ArchivingException;
import org.zhaokao.archiving.domain.Manifest;
import org.zhaokao.archiving.domain.Sha256;
import org.zhaokao.archiving.infrastructure.CataloguePdf;
import org.zhaokao.plugins.api.CoreServices;
import org.zhaokao.plugins.api.records.RecruitmentRecord;
import org.zhaokao.plugins.api.records.StageRecord;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Builds a recruitment's archive package (归档): reads its records from the core, writes the record
 * files, the PDF catalogue and the manifest into a ZIP, stores it, and seals it by recording the
 * manifest's SHA-256 in the archive row and the audit log — all in one transaction.
 */
@Stateless
public class ArchiveBuilding {

  /** The catalogue's name inside the package. */
  public static final String CATALOGUE = "catalogue.pdf";

  @Inject private Guard guard;
  @Inject private CoreAccess access;
  @Inject private Archives archives;
  @Inject private ArchiveStore store;

  /**
   * @param retentionYears years to keep the package, or null for the configured default
   * @throws ArchivingException 404 for an unknown recruitment, 422 for a retention below the
   *     minimum
   */
  public ArchiveView build(Actor actor, long recruitmentId, Integer retentionYears) {
    guard.require(actor, Guard.BUILD);
    int years = retentionYears == null ? access.defaultRetentionYears() : retentionYears;
    int minimum = access.minimumRetentionYears();
    if (years < minimum || years > 100) {
      throw ArchivingException.invalid(
          "retention",
          "retentionYears must be between "
              + minimum
              + " and 100 (the records are kept at least "
              + minimum
              + " years), got "
              + years);
    }
    CoreServices core = access.core();
    RecruitmentRecord recruitment =
        core.records()
            .recruitment(recruitmentId)
            .orElseThrow(() -> ArchivingException.notFound("recruitment", recruitmentId));
    Map<StageRecord, List<StageEntrant>> rosters = new LinkedHashMap<>();
    int people = 0;
    for (StageRecord stage : recruitment.stages()) {
      List<StageEntrant> entrants = core.roster().entrants(stage.stageId(), recruitmentId);
      rosters.put(stage, entrants);
      people += entrants.size();
    }
    long builder = actor.accountId();
    String builderName = actor.principal().orElseThrow().displayName();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);

    Map<String, byte[]> files = RecordFiles.of(recruitment, rosters);
    Manifest records =
        Manifest.describing(
            recruitmentId,
            recruitment.title(),
            recruitment.employerId(),
            builder,
            builderName,
            now,
            files);
    files.put(
        CATALOGUE,
        CataloguePdf.of(access.messages(Locale.SIMPLIFIED_CHINESE), recruitment, records));
    Manifest manifest =
        Manifest.describing(
            recruitmentId,
            recruitment.title(),
            recruitment.employerId(),
            builder,
            builderName,
            now,
            files);
    byte[] manifestJson = manifest.toJson();
    byte[] zip = ArchivePackage.zip(manifestJson, files);
    Manifest.Sealed sealed =
        new Manifest.Sealed(
            manifest.files().size(), zip.length, Sha256.hex(manifestJson), Sha256.hex(zip));
    String key = "recruitment-" + recruitmentId + "/" + UUID.randomUUID() + ".zip";
    Archive archive =
        new Archive(
            recruitmentId, recruitment.title(), builder, builderName, now, sealed, key, years);
    archives.add(archive);
    guard.record(
        guard
            .entry(actor, "stage.archiving.archive.sealed")
            .target("archive", String.valueOf(archive.id()))
            .detail("recruitmentId", String.valueOf(recruitmentId))
            .detail("manifestSha256", sealed.manifestSha256())
            .detail("packageSha256", sealed.packageSha256())
            .detail("files", String.valueOf(sealed.fileCount()))
            .detail("candidates", String.valueOf(people))
            .detail("retainUntil", archive.retainUntil().toString()));
    // Last: a failed write rolls the row and the audit entry back with it.
    store.put(key, zip);
    return ArchiveView.of(archive, now);
  }
}
