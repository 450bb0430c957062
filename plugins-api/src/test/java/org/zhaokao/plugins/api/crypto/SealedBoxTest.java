package org.zhaokao.plugins.api.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SealedBoxTest {

  private final byte[] key = SealedBox.newKey();
  private final byte[] report = "%PDF-1.4 血压 120/80".getBytes(StandardCharsets.UTF_8);

  @Test
  void opensWhatItSealedAndHidesIt() {
    byte[] sealed = SealedBox.seal(key, report, "medical-check:report:1:1");
    assertArrayEquals(report, SealedBox.open(key, sealed, "medical-check:report:1:1"));
    assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("%PDF"));
  }

  @Test
  void bytesCopiedToAnotherRowDoNotOpen() {
    byte[] sealed = SealedBox.seal(key, report, "medical-check:report:1:1");
    assertThrows(
        SecurityException.class, () -> SealedBox.open(key, sealed, "medical-check:report:2:1"));
  }

  @Test
  void alteredBytesOrAnotherKeyDoNotOpen() {
    byte[] sealed = SealedBox.seal(key, report, "b");
    byte[] altered = Arrays.copyOf(sealed, sealed.length);
    altered[altered.length - 1] ^= 1;
    assertThrows(SecurityException.class, () -> SealedBox.open(key, altered, "b"));
    assertThrows(SecurityException.class, () -> SealedBox.open(SealedBox.newKey(), sealed, "b"));
    assertThrows(SecurityException.class, () -> SealedBox.open(key, new byte[5], "b"));
  }

  @Test
  void refusesAKeyOfTheWrongLength() {
    assertThrows(IllegalArgumentException.class, () -> SealedBox.seal(new byte[16], report, "b"));
  }
}
