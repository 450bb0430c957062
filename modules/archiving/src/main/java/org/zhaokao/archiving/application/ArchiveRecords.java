package org.zhaokao.archiving.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.zhaokao.archiving.domain.Archive;
import org.zhaokao.archiving.domain.ArchiveStatus;
import org.zhaokao.archiving.domain.ArchiveStore;
import org.zhaokao.archiving.domain.Archives;
import org.zhaokao.archiving.domain.ArchivingException;
import org.zhaokao.archiving.domain.PackageCheck;
import org.zhaokao.plugins.api.audit.AuditResult;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Reading archives (档案查阅): the list, one archive, the ones due for destruction, the package itself,
 * and checking a package — the kept one or one sent back — against its seal. Downloads and checks
 * are audited (a package holds personal data).
 */
@Stateless
public class ArchiveRecords {

  /** Where a checked package came from. */
  public enum Source {
    STORE,
    UPLOAD
  }

  /** A package's bytes with what a download needs to name and check them. */
  public record Download(String fileName, String sha256, byte[] bytes) {}

  @Inject private Guard guard;
  @Inject private Archives archives;
  @Inject private ArchiveStore store;

  public List<ArchiveView> list(Actor actor) {
    guard.require(actor, Guard.BUILD);
    OffsetDateTime now = now();
    return archives.all().stream().map(a -> ArchiveView.of(a, now)).toList();
  }

  public ArchiveView get(Actor actor, long id) {
    guard.require(actor, Guard.BUILD);
    return ArchiveView.of(find(id), now());
  }

  /** Archives whose retention has run out and that are not destroyed yet (待销毁). */
  public List<ArchiveView> dueForDestruction(Actor actor) {
    guard.require(actor, Guard.BUILD);
    OffsetDateTime now = now();
    return archives.dueForDestruction(now).stream().map(a -> ArchiveView.of(a, now)).toList();
  }

  /**
   * The kept package.
   *
   * @throws ArchivingException 409 once destroyed or when the store lost it
   */
  public Download download(Actor actor, long id) {
    guard.require(actor, Guard.BUILD);
    Archive a = find(id);
    byte[] bytes = kept(a);
    guard.record(
        guard
            .entry(actor, "stage.archiving.archive.downloaded")
            .target("archive", String.valueOf(id))
            .detail("recruitmentId", String.valueOf(a.recruitmentId())));
    return new Download(
        "archive-" + a.recruitmentId() + "-" + id + ".zip", a.packageSha256(), bytes);
  }

  /** Checks the kept package against its seal; a difference is a finding, not a refusal. */
  public VerificationView verifyKept(Actor actor, long id) {
    guard.require(actor, Guard.BUILD);
    Archive a = find(id);
    PackageCheck.Result r = PackageCheck.check(kept(a), a.manifestSha256());
    audit(actor, a, Source.STORE, r);
    return view(a, Source.STORE, r);
  }

  /**
   * Checks a package someone sent (a downloaded copy, a copy from offline storage) against the
   * archive's seal.
   *
   * @throws ArchivingException 422 naming each difference when it is not the sealed package
   */
  public VerificationView verifyCopy(Actor actor, long id, byte[] copy) {
    guard.require(actor, Guard.BUILD);
    Archive a = find(id);
    if (copy == null || copy.length == 0) {
      throw ArchivingException.invalid("empty-package", "Send the package (a ZIP) as the body");
    }
    PackageCheck.Result r = PackageCheck.check(copy, a.manifestSha256());
    audit(actor, a, Source.UPLOAD, r);
    if (!r.intact()) {
      throw ArchivingException.tampered(
          "The package is not the one sealed for archive "
              + id
              + ": "
              + String.join("; ", r.problems()),
          r.problems());
    }
    return view(a, Source.UPLOAD, r);
  }

  private byte[] kept(Archive a) {
    if (a.status() == ArchiveStatus.DESTROYED) {
      throw ArchivingException.conflict(
          "destroyed", "Archive " + a.id() + " was destroyed on " + a.destroyedAt().orElse(null));
    }
    return store
        .get(a.storageKey())
        .orElseThrow(
            () ->
                ArchivingException.conflict(
                    "missing",
                    "The archive store no longer holds the package of archive " + a.id()));
  }

  private void audit(Actor actor, Archive a, Source source, PackageCheck.Result r) {
    // A failed check is committed on its own (FAILED), so the finding stays on record.
    guard.record(
        guard
            .entry(actor, "stage.archiving.archive.verified")
            .target("archive", String.valueOf(a.id()))
            .result(r.intact() ? AuditResult.SUCCESS : AuditResult.FAILED)
            .detail("source", source.name())
            .detail("intact", String.valueOf(r.intact()))
            .detail("problems", String.valueOf(r.problems().size())));
  }

  private static VerificationView view(Archive a, Source source, PackageCheck.Result r) {
    return new VerificationView(
        a.id(), source.name(), r.intact(), a.manifestSha256(), r.filesChecked(), r.problems());
  }

  private Archive find(long id) {
    return archives.find(id).orElseThrow(() -> ArchivingException.notFound("archive", id));
  }

  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
