package org.zhaokao.privacy.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldCipherTest {

  private static byte[] key() {
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    return k;
  }

  private final byte[] k1 = key();
  private final byte[] k2 = key();
  private final byte[] idx = key();

  @Test
  void roundTripsAndNeverRepeatsCiphertext() {
    FieldCipher cipher = new FieldCipher(new KeyRing(Map.of("k1", k1), "k1", idx));
    String a = cipher.encrypt("candidate.mobile", "13812345678");
    String b = cipher.encrypt("candidate.mobile", "13812345678");
    assertNotEquals(a, b);
    assertTrue(a.startsWith("k1:"));
    assertFalse(a.contains("13812345678"));
    assertEquals("13812345678", cipher.decrypt("candidate.mobile", a));
  }

  @Test
  void aTamperedValueOrOneFromAnotherFieldDoesNotDecrypt() {
    FieldCipher cipher = new FieldCipher(new KeyRing(Map.of("k1", k1), "k1", idx));
    String stored = cipher.encrypt("candidate.mobile", "13812345678");
    byte[] raw = Base64.getDecoder().decode(stored.substring(3));
    raw[raw.length - 1] ^= 1;
    String tampered = "k1:" + Base64.getEncoder().encodeToString(raw);
    assertThrows(CryptoException.class, () -> cipher.decrypt("candidate.mobile", tampered));
    assertThrows(CryptoException.class, () -> cipher.decrypt("candidate.email", stored));
    assertThrows(CryptoException.class, () -> cipher.decrypt("candidate.mobile", "k1:@@"));
  }

  @Test
  void bytesRoundTripAndATamperedOrMovedFileDoesNotOpen() {
    FieldCipher cipher = new FieldCipher(new KeyRing(Map.of("k1", k1), "k1", idx));
    byte[] photo = new byte[4096];
    new SecureRandom().nextBytes(photo);
    FieldCipher.Sealed sealed = cipher.seal("attachment.content", photo);
    assertEquals("k1", sealed.keyId());
    assertEquals(photo.length + 12 + 16, sealed.bytes().length);
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        photo, cipher.open("attachment.content", sealed));
    assertThrows(CryptoException.class, () -> cipher.open("other.content", sealed));
    byte[] raw = sealed.bytes().clone();
    raw[20] ^= 1;
    assertThrows(
        CryptoException.class,
        () -> cipher.open("attachment.content", new FieldCipher.Sealed("k1", raw)));
    assertThrows(
        CryptoException.class,
        () -> cipher.open("attachment.content", new FieldCipher.Sealed("k1", new byte[5])));
  }

  @Test
  void oldValuesStillDecryptAfterRotation() {
    String old = new FieldCipher(new KeyRing(Map.of("k1", k1), "k1", idx)).encrypt("f", "v");
    FieldCipher rotated = new FieldCipher(new KeyRing(Map.of("k1", k1, "k2", k2), "k2", idx));
    assertEquals("v", rotated.decrypt("f", old));
    assertTrue(rotated.needsRotation(old));
    assertFalse(rotated.needsRotation(rotated.encrypt("f", "v")));
    FieldCipher forgotten = new FieldCipher(new KeyRing(Map.of("k2", k2), "k2", idx));
    assertThrows(CryptoException.class, () -> forgotten.decrypt("f", old));
  }

  @Test
  void blindIndexIsDeterministicPerFieldAndKey() {
    KeyRing ring = new KeyRing(Map.of("k1", k1), "k1", idx);
    BlindIndex index = new BlindIndex(ring);
    assertEquals(index.of("mobile", "13812345678"), index.of("mobile", "13812345678"));
    assertNotEquals(index.of("mobile", "13812345678"), index.of("email", "13812345678"));
    assertNotEquals(
        index.of("mobile", "13812345678"),
        new BlindIndex(new KeyRing(Map.of("k1", k1), "k1", key())).of("mobile", "13812345678"));
    assertEquals(64, index.of("mobile", "x").length());
  }

  @Test
  void generatedKeyFilesAreReadBackAndPrivate(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("keys/zhaokao-keys.properties");
    KeyFile.generate(file);
    KeyRing ring = KeyFile.read(file);
    assertEquals("k1", ring.currentId());
    assertEquals(
        "rw-------",
        java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void refusesShortKeysAndAnUnknownCurrentKey() {
    assertThrows(CryptoException.class, () -> new KeyRing(Map.of("k1", new byte[16]), "k1", idx));
    assertThrows(CryptoException.class, () -> new KeyRing(Map.of("k1", k1), "k9", idx));
  }
}
