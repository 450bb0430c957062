package org.zhaokao.identity.domain.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhaokao.identity.domain.account.ContactChannel;

class VerificationCodeTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 11, 1, 8, 0, 0, 0, ZoneOffset.UTC);

  private static VerificationCode.Issued claimCode(Duration validFor) {
    return VerificationCode.issue(
        null, CodePurpose.CLAIM, ContactChannel.MOBILE, "enc", "idx", NOW, validFor);
  }

  @Test
  void aClaimCodeBelongsToTheNumberNotToAnAccount() {
    VerificationCode.Issued issued = claimCode(VerificationCode.VALID_FOR);
    assertNull(issued.record().accountId());
    assertEquals("idx", issued.record().targetIndex());
    assertTrue(issued.code().matches("\\d{6}"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            VerificationCode.issue(
                null,
                CodePurpose.VERIFY,
                ContactChannel.MOBILE,
                "enc",
                "idx",
                NOW,
                VerificationCode.VALID_FOR),
        "every other code is an account's");
  }

  @Test
  void aCodeIsGoodOnceAndOnlyInTime() {
    VerificationCode.Issued right = claimCode(VerificationCode.VALID_FOR);
    assertTrue(right.record().tryCode(right.code(), NOW.plusMinutes(9)));
    assertFalse(right.record().tryCode(right.code(), NOW.plusMinutes(9)), "used");

    VerificationCode.Issued late = claimCode(VerificationCode.VALID_FOR);
    assertFalse(late.record().tryCode(late.code(), NOW.plusMinutes(10).plusSeconds(1)), "expired");

    VerificationCode.Issued brief = claimCode(Duration.ofSeconds(1));
    assertFalse(brief.record().tryCode(brief.code(), NOW.plusSeconds(2)), "a shorter validity");
  }

  @Test
  void wrongTriesUseUpTheCode() {
    VerificationCode.Issued issued = claimCode(VerificationCode.VALID_FOR);
    String wrong = issued.code().equals("000000") ? "111111" : "000000";
    for (int i = 0; i < VerificationCode.MAX_ATTEMPTS; i++) {
      assertFalse(issued.record().tryCode(wrong, NOW));
    }
    assertFalse(issued.record().tryCode(issued.code(), NOW), "no attempts left");
  }

  @Test
  void noCodeLivesLongerThanTenMinutes() {
    assertThrows(IllegalArgumentException.class, () -> claimCode(Duration.ofMinutes(11)));
    assertThrows(IllegalArgumentException.class, () -> claimCode(Duration.ZERO));
  }

  @Test
  void theNumberIsThrottledLikeAnAccount() {
    VerificationCode previous = claimCode(VerificationCode.VALID_FOR).record();
    assertEquals(
        Optional.of(NOW.plusSeconds(60)),
        CodeThrottle.waitUntil(Optional.of(previous), 1, NOW.plusSeconds(10)));
    assertTrue(CodeThrottle.waitUntil(Optional.of(previous), 1, NOW.plusMinutes(2)).isEmpty());
    assertEquals(
        Optional.of(NOW.plusHours(1)),
        CodeThrottle.waitUntil(Optional.empty(), CodeThrottle.PER_HOUR, NOW));
  }

  @Test
  void anAddressAsksForClaimCodesUpToItsHourlyAllowance() {
    assertTrue(CodeThrottle.addressWaitUntil(0, 3, NOW).isEmpty());
    assertTrue(CodeThrottle.addressWaitUntil(2, 3, NOW).isEmpty());
    assertEquals(Optional.of(NOW.plusHours(1)), CodeThrottle.addressWaitUntil(3, 3, NOW));
    assertEquals(Optional.of(NOW.plusHours(1)), CodeThrottle.addressWaitUntil(40, 3, NOW));
  }
}
