package org.zhaokao.archiving.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.zhaokao.archiving.domain.Archive;
import org.zhaokao.archiving.domain.ArchiveStore;
import org.zhaokao.archiving.domain.Archives;
import org.zhaokao.archiving.domain.ArchivingException;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Destroying an archive after its retention (档案销毁): one person asks, giving the reason; a second
 * approves, and only then are the package's bytes removed; a legal hold (法律保全) stops both. The
 * archive row stays as the destruction record; both steps are audited.
 */
@Stateless
public class ArchiveDestruction {

  @Inject private Guard guard;
  @Inject private Archives archives;
  @Inject private ArchiveStore store;

  /**
   * @throws ArchivingException 409 before the retention ends or unless sealed; 422 without reason
   */
  public ArchiveView request(Actor actor, long id, String reason) {
    guard.require(actor, Guard.DESTROY);
    Archive a = find(id);
    OffsetDateTime now = ArchiveRecords.now();
    a.requestDestruction(actor.accountId(), reason, now);
    guard.record(
        guard
            .entry(actor, "stage.archiving.destruction.requested")
            .target("archive", String.valueOf(id))
            .detail("recruitmentId", String.valueOf(a.recruitmentId()))
            .detail("retainUntil", a.retainUntil().toString())
            .detail("reason", a.destructionReason().orElse("")));
    return ArchiveView.of(a, now);
  }

  /**
   * @throws ArchivingException 409 without a request, or when the approver asked (second person)
   */
  public ArchiveView approve(Actor actor, long id) {
    guard.require(actor, Guard.DESTROY);
    Archive a = find(id);
    OffsetDateTime now = ArchiveRecords.now();
    a.approveDestruction(actor.accountId(), now);
    guard.record(
        guard
            .entry(actor, "stage.archiving.archive.destroyed")
            .target("archive", String.valueOf(id))
            .detail("recruitmentId", String.valueOf(a.recruitmentId()))
            .detail("requestedBy", String.valueOf(a.destructionRequestedBy().orElse(0L)))
            .detail("manifestSha256", a.manifestSha256()));
    // Last: if the store cannot delete, the state change and the audit entry roll back.
    store.delete(a.storageKey());
    return ArchiveView.of(a, now);
  }

  /**
   * Places a legal hold: the archive is not destroyed while it holds.
   *
   * @throws ArchivingException 409 once destroyed or already held; 422 without a reason
   */
  public ArchiveView hold(Actor actor, long id, String reason) {
    guard.require(actor, Guard.DESTROY);
    Archive a = find(id);
    OffsetDateTime now = ArchiveRecords.now();
    a.placeLegalHold(actor.accountId(), reason, now);
    guard.record(
        guard
            .entry(actor, "stage.archiving.legal-hold.placed")
            .target("archive", String.valueOf(id))
            .detail("reason", a.legalHold().orElse("")));
    return ArchiveView.of(a, now);
  }

  /**
   * Releases the legal hold.
   *
   * @throws ArchivingException 409 when none holds
   */
  public ArchiveView release(Actor actor, long id) {
    guard.require(actor, Guard.DESTROY);
    Archive a = find(id);
    a.releaseLegalHold();
    guard.record(
        guard
            .entry(actor, "stage.archiving.legal-hold.released")
            .target("archive", String.valueOf(id)));
    return ArchiveView.of(a, ArchiveRecords.now());
  }

  private Archive find(long id) {
    return archives.findForUpdate(id).orElseThrow(() -> ArchivingException.notFound("archive", id));
  }
}
