package org.zhaokao.privacy.crypto;

import java.util.Map;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys in use: every encryption key ever used (by id, so old values still decrypt), which one
 * encrypts new values, and the blind-index key.
 */
public final class KeyRing {

  static final int KEY_BYTES = 32;

  private final Map<String, SecretKey> encryptionKeys;
  private final String currentId;
  private final SecretKey indexKey;

  public KeyRing(Map<String, byte[]> encryptionKeys, String currentId, byte[] indexKey) {
    Objects.requireNonNull(currentId, "current key id");
    if (!encryptionKeys.containsKey(currentId)) {
      throw new CryptoException(
          "The current encryption key '" + currentId + "' is not among the keys");
    }
    encryptionKeys.forEach((id, key) -> requireLength(key, "encryption key " + id));
    requireLength(indexKey, "index key");
    this.encryptionKeys =
        Map.copyOf(
            encryptionKeys.entrySet().stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> new SecretKeySpec(e.getValue(), "AES"))));
    this.currentId = currentId;
    this.indexKey = new SecretKeySpec(indexKey, "HmacSHA256");
  }

  private static void requireLength(byte[] key, String what) {
    if (key == null || key.length != KEY_BYTES) {
      throw new CryptoException(what + " must be " + KEY_BYTES + " bytes (AES-256)");
    }
  }

  String currentId() {
    return currentId;
  }

  SecretKey current() {
    return encryptionKeys.get(currentId);
  }

  SecretKey encryptionKey(String id) {
    SecretKey key = encryptionKeys.get(id);
    if (key == null) {
      throw new CryptoException("No encryption key with id '" + id + "' is configured");
    }
    return key;
  }

  SecretKey indexKey() {
    return indexKey;
  }
}
