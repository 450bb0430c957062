package org.zhaokao.privacy.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts single field values with AES-256-GCM. A stored value reads {@code <key id>:<base64 of iv
 * ‖ ciphertext ‖ tag>}; the field's name is bound in as associated data, so a value copied into
 * another column does not decrypt.
 */
public final class FieldCipher {

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final KeyRing keys;

  public FieldCipher(KeyRing keys) {
    this.keys = keys;
  }

  /**
   * @param field the column the value is stored in ({@code candidate.id_number}), bound into the
   *     ciphertext
   * @param plaintext the value
   */
  public String encrypt(String field, String plaintext) {
    Sealed sealed = seal(field, plaintext.getBytes(StandardCharsets.UTF_8));
    return sealed.keyId() + ":" + Base64.getEncoder().encodeToString(sealed.bytes());
  }

  /**
   * Encrypts bytes (a photo, a scanned certificate) bound to the place they are stored in.
   *
   * @param field where the bytes are stored ({@code application_attachment.content}), bound into
   *     the ciphertext
   */
  public Sealed seal(String field, byte[] plaintext) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plaintext);
      return new Sealed(
          keys.currentId(),
          ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new CryptoException("Encryption failed for " + field, e);
    }
  }

  /**
   * @throws CryptoException if the value was altered, belongs to another field, or its key is
   *     unknown
   */
  public String decrypt(String field, String stored) {
    int colon = stored == null ? -1 : stored.indexOf(':');
    if (colon < 1) {
      throw new CryptoException("Not an encrypted value of " + field);
    }
    byte[] in;
    try {
      in = Base64.getDecoder().decode(stored.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      throw new CryptoException("Could not decrypt a value of " + field, e);
    }
    return new String(
        open(field, new Sealed(stored.substring(0, colon), in)), StandardCharsets.UTF_8);
  }

  /**
   * @throws CryptoException if the bytes were altered, belong to another field, or their key is
   *     unknown
   */
  public byte[] open(String field, Sealed sealed) {
    byte[] in = sealed.bytes();
    if (in.length <= IV_BYTES) {
      throw new CryptoException("Truncated encrypted value of " + field);
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          keys.encryptionKey(sealed.keyId()),
          new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
      cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new CryptoException("Could not decrypt a value of " + field, e);
    }
  }

  /**
   * Encrypted bytes with the id of the key that sealed them.
   *
   * @param keyId the key's id in the key ring
   * @param bytes the IV followed by the ciphertext and its tag
   */
  public record Sealed(String keyId, byte[] bytes) {}

  /** Whether a stored value was encrypted with an older key and should be re-encrypted. */
  public boolean needsRotation(String stored) {
    return stored != null && !stored.startsWith(keys.currentId() + ":");
  }
}
