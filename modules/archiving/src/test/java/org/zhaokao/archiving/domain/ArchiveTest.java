package org.zhaokao.archiving.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ArchiveTest {

  private static final OffsetDateTime BUILT =
      OffsetDateTime.of(2026, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);

  private static Archive archive(int years) {
    return new Archive(
        7,
        "2026年某局公开招聘",
        11,
        "档案员甲",
        BUILT,
        new Manifest.Sealed(5, 1234, "a".repeat(64), "b".repeat(64)),
        "recruitment-7/x.zip",
        years);
  }

  @Test
  void isKeptForItsRetentionYears() {
    Archive a = archive(3);
    assertEquals(BUILT.plusYears(3), a.retainUntil());
    assertFalse(a.expired(BUILT.plusYears(3).minusSeconds(1)));
    assertTrue(a.expired(BUILT.plusYears(3)));
  }

  @Test
  void refusesDestructionBeforeRetentionEnds() {
    Archive a = archive(3);
    ArchivingException e =
        assertThrows(
            ArchivingException.class, () -> a.requestDestruction(11, "到期", BUILT.plusYears(2)));
    assertEquals(409, e.status());
    assertEquals("retention-running", e.code());
    assertEquals(ArchiveStatus.SEALED, a.status());
  }

  @Test
  void destructionNeedsAReasonAndASecondPerson() {
    Archive a = archive(0);
    OffsetDateTime now = BUILT.plusDays(1);
    assertEquals(
        422,
        assertThrows(ArchivingException.class, () -> a.requestDestruction(11, " ", now)).status());
    a.requestDestruction(11, "保管期满", now);
    assertEquals(ArchiveStatus.DESTRUCTION_REQUESTED, a.status());
    ArchivingException self =
        assertThrows(ArchivingException.class, () -> a.approveDestruction(11, now));
    assertEquals("second-person", self.code());
    assertEquals(ArchiveStatus.DESTRUCTION_REQUESTED, a.status());
    a.approveDestruction(12, now);
    assertEquals(ArchiveStatus.DESTROYED, a.status());
    assertEquals(12L, a.destroyedBy().orElseThrow());
    assertEquals(11L, a.destructionRequestedBy().orElseThrow());
    assertEquals(
        409, assertThrows(ArchivingException.class, () -> a.approveDestruction(13, now)).status());
  }

  @Test
  void aLegalHoldStopsDestructionUntilReleased() {
    Archive a = archive(0);
    OffsetDateTime now = BUILT.plusDays(1);
    a.placeLegalHold(11, "行政复议案件在审", now);
    assertEquals(
        "legal-hold",
        assertThrows(ArchivingException.class, () -> a.requestDestruction(11, "保管期满", now)).code());
    assertEquals(ArchiveStatus.SEALED, a.status());
    a.releaseLegalHold();
    a.requestDestruction(11, "保管期满", now);
    // A hold placed after the request still stops the approval.
    a.placeLegalHold(12, "诉讼", now);
    assertEquals(
        "legal-hold",
        assertThrows(ArchivingException.class, () -> a.approveDestruction(12, now)).code());
    assertEquals(ArchiveStatus.DESTRUCTION_REQUESTED, a.status());
  }
}
