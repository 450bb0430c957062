package org.zhaokao.written.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PaperCipherTest {

  @Test
  void aSealedPaperOpensOnlyWithItsKeyAndBinding() {
    byte[] key = PaperCipher.newKey();
    String sealed = PaperCipher.seal(key, "第1题 答案B", "we-paper:1:7");
    assertFalse(sealed.contains("答案"));
    assertEquals("第1题 答案B", PaperCipher.open(key, sealed, "we-paper:1:7"));
    assertThrows(SecurityException.class, () -> PaperCipher.open(key, sealed, "we-paper:1:8"));
    assertThrows(
        SecurityException.class,
        () -> PaperCipher.open(PaperCipher.newKey(), sealed, "we-paper:1:7"));
  }

  @Test
  void everySealUsesAFreshNonce() {
    byte[] key = PaperCipher.newKey();
    assertNotEquals(PaperCipher.seal(key, "x", "b"), PaperCipher.seal(key, "x", "b"));
  }
}
