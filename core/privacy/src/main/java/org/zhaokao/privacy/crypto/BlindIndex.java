package org.zhaokao.privacy.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;

/**
 * A keyed hash (HMAC-SHA256) of a normalised value, stored beside its ciphertext so that uniqueness
 * can be enforced and a record found by the value without decrypting anything. The field name is
 * part of the input, so the same number in two fields gives two unrelated indexes.
 */
public final class BlindIndex {

  private final KeyRing keys;

  public BlindIndex(KeyRing keys) {
    this.keys = keys;
  }

  /** 64 hex characters. Callers normalise the value first (trim, upper-case an ID number's X). */
  public String of(String field, String normalisedValue) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(keys.indexKey());
      mac.update(field.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of()
          .formatHex(mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new CryptoException("Blind index failed for " + field, e);
    }
  }
}
