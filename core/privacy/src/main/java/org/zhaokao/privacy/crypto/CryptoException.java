package org.zhaokao.privacy.crypto;

/** A value could not be encrypted or decrypted (wrong key, tampered value, missing key). */
public class CryptoException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CryptoException(String message) {
    super(message);
  }

  public CryptoException(String message, Throwable cause) {
    super(message, cause);
  }
}
