package org.zhaokao.recruitment.domain.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.zhaokao.platform.files.FileType;
import org.zhaokao.platform.validation.InvalidInputException;

/**
 * Decides whether an uploaded file is acceptable as an attachment of a kind, and describes it. The
 * type comes from the bytes; a photo's dimensions are read from its header without decoding the
 * image (a small file claiming a huge image is refused before anything allocates its pixels).
 */
public final class UploadRules {

  private UploadRules() {}

  /**
   * A file that passed the rules.
   *
   * @param fileName the name to show and to offer on download: path and control characters removed
   * @param type what the bytes are
   * @param width pixels, for images
   * @param height pixels, for images
   * @param sha256 hex digest of the bytes
   */
  public record CheckedFile(
      String fileName,
      FileType type,
      Optional<Integer> width,
      Optional<Integer> height,
      String sha256,
      byte[] content) {}

  /**
   * @throws InvalidInputException naming field {@code file}: empty, too large, a type the kind does
   *     not take, an unreadable image, or a photo of the wrong dimensions
   */
  public static CheckedFile check(AttachmentKind kind, String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw refused("file.empty", "The file is empty");
    }
    if (content.length > kind.maxBytes()) {
      throw refused(
          "file.too-large",
          "The file has "
              + content.length
              + " bytes; a "
              + kind
              + " may have at most "
              + kind.maxBytes());
    }
    FileType type =
        FileType.of(content)
            .filter(kind.types()::contains)
            .orElseThrow(
                () ->
                    refused(
                        "file.type",
                        "The file's content is not one of "
                            + kind.types().stream().map(FileType::extension).sorted().toList()
                            + ", whatever its name says"));
    Optional<Integer> width = Optional.empty();
    Optional<Integer> height = Optional.empty();
    if (type.image()) {
      int[] size = dimensions(content);
      width = Optional.of(size[0]);
      height = Optional.of(size[1]);
      if (kind == AttachmentKind.PHOTO) {
        requirePhotoSize(size[0], size[1]);
      }
    }
    return new CheckedFile(
        cleanName(fileName, type), type, width, height, sha256(content), content);
  }

  private static void requirePhotoSize(int width, int height) {
    if (width < AttachmentKind.MIN_WIDTH
        || height < AttachmentKind.MIN_HEIGHT
        || width > AttachmentKind.MAX_WIDTH
        || height > AttachmentKind.MAX_HEIGHT
        || height < width) {
      throw refused(
          "photo.dimensions",
          "The photo is "
              + width
              + "×"
              + height
              + " pixels; it must be portrait, from "
              + AttachmentKind.MIN_WIDTH
              + "×"
              + AttachmentKind.MIN_HEIGHT
              + " to "
              + AttachmentKind.MAX_WIDTH
              + "×"
              + AttachmentKind.MAX_HEIGHT);
    }
  }

  private static int[] dimensions(byte[] content) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw refused("file.unreadable", "The image cannot be read");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return new int[] {reader.getWidth(0), reader.getHeight(0)};
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException refused) {
        throw refused;
      }
      throw refused("file.unreadable", "The image cannot be read");
    }
  }

  /** The last path segment, without control or quote characters, at most 120 characters. */
  static String cleanName(String fileName, FileType type) {
    return type.safeName(fileName);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static InvalidInputException refused(String code, String message) {
    return InvalidInputException.of("file", code, message);
  }

  /** The ASCII-only fallback for a {@code Content-Disposition} filename. */
  public static String asciiName(String fileName) {
    byte[] ascii = fileName.getBytes(StandardCharsets.US_ASCII);
    return new String(ascii, StandardCharsets.US_ASCII).replace('?', '_');
  }
}
