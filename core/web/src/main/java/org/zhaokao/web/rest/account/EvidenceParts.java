package org.zhaokao.web.rest.account;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.zhaokao.identity.domain.request.EvidenceRules;

/**
 * A {@code multipart/form-data} submission with evidence, as the identity forms send it: text parts
 * by name and one file in the part {@code evidence}. A missing part reads as null, so the
 * application layer names what is missing.
 */
final class EvidenceParts {

  private final List<EntityPart> parts;

  EvidenceParts(List<EntityPart> parts) {
    this.parts = parts == null ? List.of() : parts;
  }

  /** The text of the part, or null without one. */
  String text(String name) throws IOException {
    Optional<EntityPart> p = part(name);
    return p.isEmpty() ? null : p.get().getContent(String.class);
  }

  /** The evidence file's name, or null without a file. */
  String fileName() {
    return part("evidence").flatMap(EntityPart::getFileName).orElse(null);
  }

  /**
   * The evidence file's bytes, or null without a file; reads one byte more than allowed at most, so
   * an oversize file is refused without buffering it.
   */
  byte[] file() throws IOException {
    Optional<EntityPart> p = part("evidence");
    if (p.isEmpty()) {
      return null;
    }
    try (InputStream in = p.get().getContent()) {
      return in.readNBytes(EvidenceRules.MAX_BYTES + 1);
    }
  }

  private Optional<EntityPart> part(String name) {
    return parts.stream().filter(p -> name.equals(p.getName())).findFirst();
  }
}
