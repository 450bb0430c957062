package org.zhaokao.recruitment.domain.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The encrypted bytes of an {@link Attachment}, with the id of the key that sealed them. */
@Entity
@Table(name = "core_application_attachment_content")
public class AttachmentContent {

  private static final String FIELD = "core_application_attachment_content.sealed";

  @Id
  @Column(name = "attachment_id")
  private Long attachmentId;

  @Column(name = "key_id", nullable = false, length = 40)
  private String keyId;

  @Column(name = "sealed", nullable = false)
  private byte[] sealed;

  protected AttachmentContent() {}

  public AttachmentContent(long attachmentId, String keyId, byte[] sealed) {
    this.attachmentId = attachmentId;
    this.keyId = keyId;
    this.sealed = sealed.clone();
  }

  public long attachmentId() {
    return attachmentId;
  }

  public String keyId() {
    return keyId;
  }

  public byte[] sealed() {
    return sealed.clone();
  }

  /**
   * What an attachment's bytes are bound to when sealed: its row, so bytes copied to another row do
   * not open.
   */
  public static String field(long attachmentId) {
    return FIELD + ":" + attachmentId;
  }
}
