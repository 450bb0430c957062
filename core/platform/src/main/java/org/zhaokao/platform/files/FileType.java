package org.zhaokao.platform.files;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types the platform accepts as uploads (application attachments, evidence for identity
 * requests), recognised by their first bytes (magic numbers), never by the name or the type the
 * browser claims: a PDF renamed {@code photo.jpg} is still a PDF.
 */
public enum FileType {
  JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
  PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

  private final String mediaType;
  private final String extension;
  private final byte[] magic;

  FileType(String mediaType, String extension, byte[] magic) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.magic = magic;
  }

  /** What the bytes are, if they are one of the accepted types. */
  public static Optional<FileType> of(byte[] content) {
    return Arrays.stream(values()).filter(t -> t.matches(content)).findFirst();
  }

  private boolean matches(byte[] content) {
    return content.length >= magic.length
        && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  public boolean image() {
    return this != PDF;
  }

  private static final int MAX_NAME = 120;

  /**
   * A file name safe to show and to offer on download: the last path segment, without control or
   * quote characters, at most 120 characters; a name that is empty or hidden becomes {@code
   * file.<extension>}.
   */
  public String safeName(String fileName) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder clean = new StringBuilder();
    name.codePoints()
        .filter(c -> !Character.isISOControl(c) && c != '"' && c != ';')
        .forEach(clean::appendCodePoint);
    String out = clean.toString().strip();
    if (out.isEmpty() || out.startsWith(".")) {
      out = "file." + extension;
    }
    if (out.length() > MAX_NAME) {
      out = out.substring(out.length() - MAX_NAME);
    }
    return out;
  }
}
