package org.zhaokao.recruitment.domain.attachment;

import java.util.Set;
import org.zhaokao.platform.files.FileType;

/**
 * What an attachment is for, with the rules its files follow (the figures are those announcements
 * commonly state: a 一寸/二寸 ID photo, scans of certificates).
 */
public enum AttachmentKind {
  /** 证件照: JPEG or PNG, at most 2 MB, portrait, 240×320 to 2400×3200 pixels; one per application. */
  PHOTO(Set.of(FileType.JPEG, FileType.PNG), 2 * 1024 * 1024, 1),
  /** 证书/证明材料: PDF, JPEG or PNG, at most 5 MB each, up to ten per application. */
  CERTIFICATE(Set.of(FileType.PDF, FileType.JPEG, FileType.PNG), 5 * 1024 * 1024, 10);

  static final int MIN_WIDTH = 240;
  static final int MIN_HEIGHT = 320;
  static final int MAX_WIDTH = 2400;
  static final int MAX_HEIGHT = 3200;

  private final Set<FileType> types;
  private final int maxBytes;
  private final int maxCount;

  AttachmentKind(Set<FileType> types, int maxBytes, int maxCount) {
    this.types = types;
    this.maxBytes = maxBytes;
    this.maxCount = maxCount;
  }

  public Set<FileType> types() {
    return types;
  }

  public int maxBytes() {
    return maxBytes;
  }

  /** How many an application may hold; a new photo replaces the old one. */
  public int maxCount() {
    return maxCount;
  }
}
