package org.zhaokao.identity.domain.request;

import java.util.Set;
import org.zhaokao.platform.files.FileType;
import org.zhaokao.platform.validation.InvalidInputException;

/**
 * What a piece of evidence may be: a photo or scan (JPEG, PNG) or a PDF, recognised by its bytes,
 * at most 5 MB.
 */
public final class EvidenceRules {

  /** Largest evidence file accepted. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  private static final Set<FileType> TYPES = Set.of(FileType.JPEG, FileType.PNG, FileType.PDF);

  private EvidenceRules() {}

  /**
   * Evidence that passed the rules.
   *
   * @param fileName safe to show and offer on download
   * @param type what the bytes are
   */
  public record Checked(String fileName, FileType type, byte[] content) {}

  /**
   * @throws InvalidInputException naming field {@code evidence}: missing, empty, too large, or not
   *     an image or PDF whatever its name says
   */
  public static Checked check(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw refused("evidence.missing", "Attach the evidence: a photo, scan or PDF");
    }
    if (content.length > MAX_BYTES) {
      throw refused(
          "evidence.too-large",
          "The evidence has " + content.length + " bytes; at most " + MAX_BYTES + " are accepted");
    }
    FileType type =
        FileType.of(content)
            .filter(TYPES::contains)
            .orElseThrow(
                () ->
                    refused(
                        "evidence.type",
                        "The evidence must be a JPEG or PNG image or a PDF, whatever its name"
                            + " says"));
    return new Checked(type.safeName(fileName), type, content);
  }

  private static InvalidInputException refused(String code, String message) {
    return InvalidInputException.of("evidence", code, message);
  }
}
