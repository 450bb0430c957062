package org.zhaokao.recruitment.domain.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A file attached to an application (报名附件), as lists show it; its bytes are apart. */
@Entity
@Table(name = "core_application_attachment")
public class Attachment {

  @Id
  @SequenceGenerator(
      name = "core_application_attachment_seq",
      sequenceName = "core_application_attachment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_application_attachment_seq")
  private Long id;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private AttachmentKind kind;

  @Column(name = "file_name", nullable = false, length = 120)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 40)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private int sizeBytes;

  @Column(name = "width_px")
  private Integer width;

  @Column(name = "height_px")
  private Integer height;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "uploaded_at", nullable = false)
  private OffsetDateTime uploadedAt;

  protected Attachment() {}

  public Attachment(
      long applicationId,
      AttachmentKind kind,
      UploadRules.CheckedFile file,
      OffsetDateTime uploadedAt) {
    this.applicationId = applicationId;
    this.kind = kind;
    this.fileName = file.fileName();
    this.contentType = file.type().mediaType();
    this.sizeBytes = file.content().length;
    this.width = file.width().orElse(null);
    this.height = file.height().orElse(null);
    this.sha256 = file.sha256();
    this.uploadedAt = uploadedAt;
  }

  public Long id() {
    return id;
  }

  public long applicationId() {
    return applicationId;
  }

  public AttachmentKind kind() {
    return kind;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public int sizeBytes() {
    return sizeBytes;
  }

  public Optional<Integer> width() {
    return Optional.ofNullable(width);
  }

  public Optional<Integer> height() {
    return Optional.ofNullable(height);
  }

  public String sha256() {
    return sha256;
  }

  public OffsetDateTime uploadedAt() {
    return uploadedAt;
  }
}
