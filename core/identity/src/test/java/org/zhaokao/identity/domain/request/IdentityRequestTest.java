package org.zhaokao.identity.domain.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.zhaokao.platform.files.FileType;
import org.zhaokao.platform.validation.InvalidInputException;

class IdentityRequestTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 5, 1, 8, 0, 0, 0, ZoneOffset.UTC);
  private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private static IdentityRequest pending() {
    return new IdentityRequest(7, "李四", null, "证明.pdf", "application/pdf", 20, NOW);
  }

  @Test
  void requestMustChangeSomething() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new IdentityRequest(7, null, null, "x.pdf", "application/pdf", 1, NOW));
  }

  @Test
  void approvedOnceAndNeverAgain() {
    IdentityRequest r = pending();
    r.approve(1, NOW.plusHours(1));
    assertEquals(RequestStatus.APPROVED, r.status());
    assertEquals(NOW.plusHours(1), r.decidedAt().orElseThrow());
    assertThrows(IllegalStateException.class, () -> r.refuse(1, "late", NOW));
    assertThrows(IllegalStateException.class, () -> r.approve(1, NOW));
  }

  @Test
  void refusalKeepsItsReason() {
    IdentityRequest r = pending();
    assertThrows(IllegalArgumentException.class, () -> r.refuse(1, "  ", NOW));
    assertEquals(RequestStatus.PENDING, r.status());
    r.refuse(1, " 证明材料不清晰 ", NOW);
    assertEquals(RequestStatus.REFUSED, r.status());
    assertEquals("证明材料不清晰", r.refusalReason().orElseThrow());
  }

  @Test
  void evidenceTypeComesFromTheBytesNotTheName() {
    assertEquals(FileType.PDF, EvidenceRules.check("身份证.jpg", PDF).type());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> EvidenceRules.check("证明.pdf", "GIF89a....".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("evidence.type", e.problems().get(0).code());
  }

  @Test
  void evidenceMustBePresentAndSmall() {
    assertEquals(
        "evidence.missing",
        assertThrows(InvalidInputException.class, () -> EvidenceRules.check("a.pdf", null))
            .problems()
            .get(0)
            .code());
    byte[] big = new byte[EvidenceRules.MAX_BYTES + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    assertEquals(
        "evidence.too-large",
        assertThrows(InvalidInputException.class, () -> EvidenceRules.check("a.pdf", big))
            .problems()
            .get(0)
            .code());
  }

  @Test
  void evidenceNameIsMadeSafe() {
    assertTrue(EvidenceRules.check("../../etc/证明.pdf", PDF).fileName().equals("证明.pdf"));
  }
}
