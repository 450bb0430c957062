package org.zhaokao.recruitment.domain.attachment;

import java.util.List;
import java.util.Optional;

/** Where attachments and their bytes are kept. */
public interface Attachments {

  /** The application's attachments, photo first, then by upload time. */
  List<Attachment> of(long applicationId);

  Optional<Attachment> find(long attachmentId);

  /** Stores the attachment and assigns its id (which its bytes are then sealed to). */
  void add(Attachment attachment);

  void add(AttachmentContent content);

  Optional<AttachmentContent> content(long attachmentId);

  /** Removes the attachment and its bytes. */
  void remove(Attachment attachment);
}
