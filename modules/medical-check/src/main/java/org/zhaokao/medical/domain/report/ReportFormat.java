package org.zhaokao.medical.domain.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a medical report file may be, told by its first bytes, never by its name. */
public enum ReportFormat {
  PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, "pdf"),
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, "png");

  private final String mediaType;
  private final byte[] magic;
  private final String[] extensions;

  ReportFormat(String mediaType, byte[] magic, String... extensions) {
    this.mediaType = mediaType;
    this.magic = magic;
    this.extensions = extensions;
  }

  /** The format the content is, or empty for anything else. */
  public static Optional<ReportFormat> sniff(byte[] content) {
    for (ReportFormat f : values()) {
      if (content.length > f.magic.length
          && Arrays.equals(content, 0, f.magic.length, f.magic, 0, f.magic.length)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Whether a file name's extension says this format. */
  public boolean named(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.asList(extensions).contains(ext);
  }

  public String mediaType() {
    return mediaType;
  }
}
