package org.zhaokao.identity.domain.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zhaokao.identity.domain.request.RequestStatus;

class IdentityClaimTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 11, 1, 8, 0, 0, 0, ZoneOffset.UTC);

  private static IdentityClaim.Claimant claimant() {
    return new IdentityClaim.Claimant(
        "张三",
        new IdentityClaim.Sealed("id-enc", "id-idx"),
        new IdentityClaim.Sealed("m-enc", "m-idx"),
        new IdentityClaim.Sealed("e-enc", "e-idx"),
        "$argon2id$hash",
        Locale.ENGLISH);
  }

  private static IdentityClaim pending() {
    return new IdentityClaim(claimant(), "有人冒用我的身份证号注册", 7, "id.jpg", "image/jpeg", 10, NOW);
  }

  @Test
  void pendingClaimIsKeyedByNumberAndClaimant() {
    IdentityClaim c = pending();
    assertEquals(RequestStatus.PENDING, c.status());
    assertEquals(IdentityClaim.pendingKey("id-idx", "m-idx"), c.pendingKey().orElseThrow());
    assertEquals(Locale.ENGLISH, c.language());
    assertEquals(7, c.holderAccount());
  }

  @Test
  void claimNeedsAStatement() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new IdentityClaim(claimant(), " ", 7, "id.jpg", "image/jpeg", 10, NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> new IdentityClaim(claimant(), "x".repeat(1001), 7, "id.jpg", "image/jpeg", 10, NOW));
  }

  @Test
  void approvalRecordsTheNewAccountAndFreesTheKey() {
    IdentityClaim c = pending();
    c.approve(1, 42, NOW.plusHours(1));
    assertEquals(RequestStatus.APPROVED, c.status());
    assertEquals(42L, c.newAccount().orElseThrow());
    assertTrue(c.pendingKey().isEmpty(), "a decided claim no longer blocks a new one");
    assertThrows(IllegalStateException.class, () -> c.approve(1, 43, NOW));
    assertThrows(IllegalStateException.class, () -> c.refuse(1, "late", NOW));
  }

  @Test
  void refusalNeedsAReasonAndIsFinal() {
    IdentityClaim c = pending();
    assertThrows(IllegalArgumentException.class, () -> c.refuse(1, " ", NOW));
    assertThrows(IllegalArgumentException.class, () -> c.refuse(1, "x".repeat(501), NOW));
    assertTrue(c.pending(), "a refused refusal leaves the claim pending");
    c.refuse(1, " 照片模糊 ", NOW);
    assertEquals("照片模糊", c.refusalReason().orElseThrow());
    assertTrue(c.pendingKey().isEmpty());
    assertTrue(c.newAccount().isEmpty());
    assertThrows(IllegalStateException.class, () -> c.approve(1, 42, NOW));
  }

  @Test
  void aDecidedClaimLosesItsEvidenceOnceTheRetentionIsOverAndKeepsItsDecision() {
    IdentityClaim c = pending();
    ClaimRetention threeYears = new ClaimRetention(ClaimRetention.DEFAULT_DAYS);
    assertFalse(c.evidenceDue(new ClaimRetention(0), NOW.plusYears(5)), "pending: kept");
    assertThrows(IllegalStateException.class, () -> c.purgeEvidence(NOW));

    c.refuse(1, "照片无法辨认", NOW);
    assertFalse(c.evidenceDue(threeYears, NOW.plusYears(2)));
    assertTrue(c.evidenceDue(threeYears, NOW.plusDays(ClaimRetention.DEFAULT_DAYS)));
    assertTrue(c.evidenceDue(new ClaimRetention(0), NOW), "zero days: at once");

    assertTrue(c.purgeEvidence(NOW.plusYears(3)));
    assertEquals("", c.statement());
    assertEquals(NOW.plusYears(3), c.evidencePurgedAt().orElseThrow());
    assertEquals(RequestStatus.REFUSED, c.status());
    assertEquals("照片无法辨认", c.refusalReason().orElseThrow(), "the decision stays");
    assertFalse(c.evidenceDue(new ClaimRetention(0), NOW.plusYears(4)));
    assertFalse(c.purgeEvidence(NOW.plusYears(4)), "purged once");
  }

  @Test
  void retentionIsNeverNegative() {
    assertThrows(IllegalArgumentException.class, () -> new ClaimRetention(-1));
    assertEquals(NOW.minusDays(1096), new ClaimRetention(1096).cutoff(NOW));
  }
}
