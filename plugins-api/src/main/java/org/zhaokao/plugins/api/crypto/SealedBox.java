package org.zhaokao.plugins.api.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for bytes a plugin stores: a fresh 12-byte nonce, then ciphertext and tag. Each
 * sealed value is bound to where it belongs (associated data such as {@code
 * medical-check:report:42}), so bytes copied into another row do not open.
 */
public final class SealedBox {

  /** Bytes of a key. */
  public static final int KEY_BYTES = 32;

  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SealedBox() {}

  /** A fresh random 256-bit key. */
  public static byte[] newKey() {
    byte[] key = new byte[KEY_BYTES];
    RANDOM.nextBytes(key);
    return key;
  }

  /**
   * @param binding where the value is stored, bound into the ciphertext
   */
  public static byte[] seal(byte[] key, byte[] plaintext, String binding) {
    byte[] nonce = new byte[NONCE];
    RANDOM.nextBytes(nonce);
    try {
      Cipher c = cipher(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce), binding);
      byte[] sealed = c.doFinal(plaintext);
      return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * @throws SecurityException if the bytes were altered, or belong to another binding or key
   */
  public static byte[] open(byte[] key, byte[] sealed, String binding) {
    if (sealed == null || sealed.length <= NONCE) {
      throw new SecurityException("sealed value is truncated");
    }
    try {
      Cipher c =
          cipher(
              Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE), binding);
      return c.doFinal(sealed, NONCE, sealed.length - NONCE);
    } catch (AEADBadTagException e) {
      throw new SecurityException("sealed value does not open: altered, or wrong key or binding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  private static Cipher cipher(int mode, byte[] key, GCMParameterSpec spec, String binding)
      throws GeneralSecurityException {
    if (key == null || key.length != KEY_BYTES) {
      throw new IllegalArgumentException("an AES-256 key has " + KEY_BYTES + " bytes");
    }
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
    c.init(mode, new SecretKeySpec(key, "AES"), spec);
    c.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
    return c;
  }
}
