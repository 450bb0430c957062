package org.zhaokao.written.infrastructure.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for exam secrecy (试卷保密): seals papers under an exam's data key and wraps that key
 * under the server's master key. Every ciphertext is bound to what it belongs to (associated data
 * such as {@code we-paper:<exam>:<application>}), so a sealed value copied to another row does not
 * open. Output is Base64 of a fresh 12-byte nonce followed by ciphertext and tag.
 */
public final class PaperCipher {

  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PaperCipher() {}

  /** A fresh 256-bit data key. */
  public static byte[] newKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return key;
  }

  public static String seal(byte[] key, String plaintext, String binding) {
    return seal(key, plaintext.getBytes(StandardCharsets.UTF_8), binding);
  }

  public static String seal(byte[] key, byte[] plaintext, String binding) {
    try {
      byte[] nonce = new byte[NONCE];
      RANDOM.nextBytes(nonce);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(key, "AES"),
          new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = c.doFinal(plaintext);
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * @throws SecurityException if the value was altered or belongs to another binding or key
   */
  public static byte[] openBytes(byte[] key, String sealed, String binding) {
    byte[] all = Base64.getDecoder().decode(sealed);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(key, "AES"),
          new GCMParameterSpec(TAG_BITS, all, 0, NONCE));
      c.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
      return c.doFinal(all, NONCE, all.length - NONCE);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new SecurityException("sealed value does not open: altered, or wrong key or binding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  public static String open(byte[] key, String sealed, String binding) {
    return new String(openBytes(key, sealed, binding), StandardCharsets.UTF_8);
  }
}
