package org.zhaokao.identity.domain.mfa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class TotpTest {

  // RFC 6238 appendix B: the SHA1 test secret and its 8-digit codes; the 6-digit codes are their
  // last six.
  private static final byte[] RFC_SECRET =
      "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void matchesTheRfcTestVectors() {
    assertEquals("287082", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59))));
    assertEquals("081804", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109))));
    assertEquals("050471", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111111))));
    assertEquals("005924", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890))));
    assertEquals("279037", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000))));
  }

  @Test
  void acceptsOneStepOfDriftAndNeverTheSameStepTwice() {
    Instant now = Instant.ofEpochSecond(1_800_000_000L);
    long step = Totp.step(now);
    String code = Totp.code(RFC_SECRET, step);
    assertEquals(step, Totp.verify(RFC_SECRET, code, now, -1).getAsLong());
    assertTrue(Totp.verify(RFC_SECRET, code, now, step).isEmpty(), "replay of a used step");
    assertEquals(
        step - 1, Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, -1).getAsLong());
    assertTrue(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, -1).isEmpty());
    assertTrue(Totp.verify(RFC_SECRET, "12345", now, -1).isEmpty());
    assertTrue(Totp.verify(RFC_SECRET, "abcdef", now, -1).isEmpty());
    assertTrue(Totp.verify(RFC_SECRET, null, now, -1).isEmpty());
  }

  @Test
  void aWiderWindowAcceptsThatManyStepsEitherSideAndNoMore() {
    Instant now = Instant.ofEpochSecond(1_800_000_000L);
    long step = Totp.step(now);
    String ahead = Totp.code(RFC_SECRET, step + 5);
    assertTrue(Totp.verify(RFC_SECRET, ahead, now, -1).isEmpty(), "one step by default");
    assertEquals(step + 5, Totp.verify(RFC_SECRET, ahead, now, -1, 5).getAsLong());
    assertTrue(
        Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 6), now, -1, 5).isEmpty(),
        "six steps ahead is outside a window of five");
    assertTrue(Totp.verify(RFC_SECRET, ahead, now, step + 5, 5).isEmpty(), "still no replay");
  }

  @Test
  void base32RoundTripsAndMatchesTheRfc() {
    assertEquals("MZXW6YTBOI", Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII)));
    byte[] secret = Totp.newSecret();
    assertArrayEquals(secret, Base32.decode(Base32.encode(secret)));
    assertTrue(
        Totp.uri("招考", "admin", secret)
            .startsWith("otpauth://totp/%E6%8B%9B%E8%80%83:admin?secret="));
  }

  @Test
  void recoveryCodesAreDistinctAndHashIgnoringFormatting() {
    var codes = RecoveryCodes.generate();
    assertEquals(10, new HashSet<>(codes).size());
    String c = codes.get(0);
    assertEquals(RecoveryCodes.hash(c), RecoveryCodes.hash(c.toUpperCase().replace("-", " ")));
    assertNotEquals(RecoveryCodes.hash(c), RecoveryCodes.hash(codes.get(1)));
  }
}
