package org.zhaokao.recruitment.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.privacy.DataProtection;
import org.zhaokao.privacy.crypto.FieldCipher;
import org.zhaokao.recruitment.domain.application.Application;
import org.zhaokao.recruitment.domain.application.Applications;
import org.zhaokao.recruitment.domain.attachment.Attachment;
import org.zhaokao.recruitment.domain.attachment.AttachmentContent;
import org.zhaokao.recruitment.domain.attachment.AttachmentKind;
import org.zhaokao.recruitment.domain.attachment.Attachments;
import org.zhaokao.recruitment.domain.attachment.UploadRules;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/**
 * The photo and certificates of an application (报名附件): the candidate uploads, replaces and removes
 * them while the application is open to changes; the candidate, the reviewers and the employer's
 * users read them, and every staff read is audited like any other view of personal data. The bytes
 * are encrypted with the server's keys and bound to their row.
 */
@Stateless
public class ApplicationAttachments {

  private static final String CONFIRM = "application:confirm";

  @Inject private Applications applications;
  @Inject private Recruitments recruitments;
  @Inject private Attachments attachments;
  @Inject private DataProtection protection;
  @Inject private Guard guard;

  /**
   * An attachment as lists show it.
   *
   * @param id the attachment
   * @param kind PHOTO or CERTIFICATE
   * @param fileName the cleaned name
   * @param contentType the type its bytes are
   * @param size bytes
   * @param width pixels, images only
   * @param height pixels, images only
   * @param sha256 hex digest, to check a download against
   * @param uploadedAt when
   */
  public record AttachmentView(
      long id,
      String kind,
      String fileName,
      String contentType,
      int size,
      Integer width,
      Integer height,
      String sha256,
      OffsetDateTime uploadedAt) {

    static AttachmentView of(Attachment a) {
      return new AttachmentView(
          a.id(),
          a.kind().name(),
          a.fileName(),
          a.contentType(),
          a.sizeBytes(),
          a.width().orElse(null),
          a.height().orElse(null),
          a.sha256(),
          a.uploadedAt());
    }
  }

  /** A file to hand out: its name, type and bytes. */
  public record Download(String fileName, String contentType, byte[] content) {}

  /**
   * Attaches a file to the candidate's own application; a new photo replaces the old one.
   *
   * @throws InvalidInputException for a bad kind or file (type by its bytes, size, dimensions)
   * @throws ConflictException once the review has decided, outside the application window, or when
   *     the kind's number of files is reached
   */
  public AttachmentView upload(
      Actor actor, long applicationId, String kind, String fileName, byte[] content) {
    Application a = own(actor, applicationId);
    AttachmentKind k = kind(kind);
    requireChangeable(a, "attach files");
    UploadRules.CheckedFile file = UploadRules.check(k, fileName, content);
    List<Attachment> same =
        attachments.of(applicationId).stream().filter(x -> x.kind() == k).toList();
    if (k == AttachmentKind.PHOTO) {
      same.forEach(attachments::remove);
    } else if (same.size() >= k.maxCount()) {
      throw new ConflictException(
          "attachments.full",
          "An application holds at most " + k.maxCount() + " files of kind " + k);
    }
    Attachment attachment =
        new Attachment(applicationId, k, file, OffsetDateTime.now(ZoneOffset.UTC));
    attachments.add(attachment);
    FieldCipher.Sealed sealed =
        protection.seal(AttachmentContent.field(attachment.id()), file.content());
    attachments.add(new AttachmentContent(attachment.id(), sealed.keyId(), sealed.bytes()));
    guard.record(
        guard
            .entry(actor, "application.attachment.added")
            .target("application", String.valueOf(applicationId))
            .detail("attachment", String.valueOf(attachment.id()))
            .detail("kind", k.name())
            .detail("sha256", file.sha256()));
    return AttachmentView.of(attachment);
  }

  /** The attachments of the candidate's own application. */
  public List<AttachmentView> mine(Actor actor, long applicationId) {
    own(actor, applicationId);
    return list(applicationId);
  }

  /** A file of the candidate's own application. */
  public Download myFile(Actor actor, long applicationId, long attachmentId) {
    own(actor, applicationId);
    return open(attachment(applicationId, attachmentId));
  }

  /** Removes a file while the application is open to changes. */
  public void remove(Actor actor, long applicationId, long attachmentId) {
    Application a = own(actor, applicationId);
    requireChangeable(a, "remove files");
    Attachment attachment = attachment(applicationId, attachmentId);
    attachments.remove(attachment);
    guard.record(
        guard
            .entry(actor, "application.attachment.removed")
            .target("application", String.valueOf(applicationId))
            .detail("attachment", String.valueOf(attachmentId))
            .detail("kind", attachment.kind().name()));
  }

  /** The attachments of an application, for its reviewers and the employer's users. */
  public List<AttachmentView> forStaff(Actor actor, long applicationId) {
    staffView(actor, applicationId);
    return list(applicationId);
  }

  /** A file of an application, for its reviewers and the employer's users; the view is audited. */
  public Download staffFile(Actor actor, long applicationId, long attachmentId) {
    staffView(actor, applicationId);
    Attachment attachment = attachment(applicationId, attachmentId);
    guard.record(
        guard
            .entry(actor, "application.attachment.viewed")
            .target("application", String.valueOf(applicationId))
            .detail("attachment", String.valueOf(attachmentId))
            .detail("kind", attachment.kind().name()));
    return open(attachment);
  }

  /** The photo of the candidate's own application, for the printed form and ticket. */
  public java.util.Optional<byte[]> myPhoto(Actor actor, long applicationId) {
    own(actor, applicationId);
    return photoOf(applicationId);
  }

  /**
   * The photo of an application for a core caller that checked its own rights (the pipeline's
   * roster, for a stage's identity check); the caller logs the view.
   */
  public java.util.Optional<byte[]> photoOf(long applicationId) {
    return attachments.of(applicationId).stream()
        .filter(x -> x.kind() == AttachmentKind.PHOTO)
        .findFirst()
        .map(x -> open(x).content());
  }

  private List<AttachmentView> list(long applicationId) {
    return attachments.of(applicationId).stream().map(AttachmentView::of).toList();
  }

  private Download open(Attachment attachment) {
    AttachmentContent content = attachments.content(attachment.id()).orElseThrow();
    byte[] bytes =
        protection.open(
            AttachmentContent.field(attachment.id()),
            new FieldCipher.Sealed(content.keyId(), content.sealed()));
    return new Download(attachment.fileName(), attachment.contentType(), bytes);
  }

  private Attachment attachment(long applicationId, long attachmentId) {
    return attachments
        .find(attachmentId)
        .filter(x -> x.applicationId() == applicationId)
        .orElseThrow(() -> new RecordNotFoundException("attachment", attachmentId));
  }

  private void requireChangeable(Application a, String what) {
    a.requireOpenToCandidate(what);
    Recruitment r = recruitments.find(a.recruitmentId()).orElseThrow();
    ApplicationWrites.requireOpen(r);
  }

  private void staffView(Actor actor, long applicationId) {
    Application a =
        applications
            .find(applicationId)
            .orElseThrow(() -> new RecordNotFoundException("application", applicationId));
    Recruitment r = recruitments.find(a.recruitmentId()).orElseThrow();
    if (!Guard.mayOn(actor, Review.REVIEW, r.employerId(), r.id())
        && !Guard.mayOn(actor, CONFIRM, r.employerId(), r.id())) {
      throw guard.deny(
          actor,
          Guard.onEmployer(Review.REVIEW, r.employerId()),
          "application",
          String.valueOf(applicationId));
    }
  }

  private Application own(Actor actor, long applicationId) {
    return applications.owned(guard.candidate(actor), applicationId);
  }

  private static AttachmentKind kind(String kind) {
    try {
      return AttachmentKind.valueOf(
          kind == null ? "" : kind.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("kind", "attachment.kind", "The kind is PHOTO or CERTIFICATE");
    }
  }
}
