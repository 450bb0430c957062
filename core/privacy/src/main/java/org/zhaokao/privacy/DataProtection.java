package org.zhaokao.privacy;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.zhaokao.plugins.api.RunMode;
import org.zhaokao.privacy.crypto.BlindIndex;
import org.zhaokao.privacy.crypto.CryptoException;
import org.zhaokao.privacy.crypto.FieldCipher;
import org.zhaokao.privacy.crypto.KeyFile;
import org.zhaokao.privacy.crypto.KeyRing;

/**
 * Encrypts, decrypts and indexes personal data fields with the server's keys.
 *
 * <p>The key file is {@code -Dzhaokao.keys.file}, else {@code $ZHAOKAO_KEYS_FILE}, else {@code
 * zhaokao-keys.properties} in the server's configuration directory. A demonstration install ({@code
 * -Dzhaokao.demo=true}) without one gets a freshly generated file; any other install refuses to
 * start without keys rather than store personal data unprotected.
 */
@ApplicationScoped
public class DataProtection {

  private static final Logger LOG = Logger.getLogger(DataProtection.class.getName());

  private FieldCipher cipher;
  private BlindIndex index;

  @PostConstruct
  void loadKeys() {
    Path file = keyFile();
    if (!Files.exists(file)) {
      if (!RunMode.demo()) {
        throw new CryptoException(
            "No data-protection key file at "
                + file
                + ": set -Dzhaokao.keys.file or ZHAOKAO_KEYS_FILE (see core/privacy KeyFile for the format)");
      }
      KeyFile.generate(file);
      LOG.warning(() -> "Demo mode: generated data-protection keys at " + file);
    }
    KeyRing keys = KeyFile.read(file);
    cipher = new FieldCipher(keys);
    index = new BlindIndex(keys);
  }

  static Path keyFile() {
    String configured = System.getProperty("zhaokao.keys.file", System.getenv("ZHAOKAO_KEYS_FILE"));
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("jboss.server.config.dir", "."), "zhaokao-keys.properties");
  }

  public String encrypt(String field, String plaintext) {
    return cipher.encrypt(field, plaintext);
  }

  public String decrypt(String field, String stored) {
    return cipher.decrypt(field, stored);
  }

  /** Encrypts a file's bytes (photos, certificates) bound to where they are stored. */
  public FieldCipher.Sealed seal(String field, byte[] plaintext) {
    return cipher.seal(field, plaintext);
  }

  public byte[] open(String field, FieldCipher.Sealed sealed) {
    return cipher.open(field, sealed);
  }

  public String index(String field, String normalisedValue) {
    return index.of(field, normalisedValue);
  }
}
