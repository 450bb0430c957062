package org.zhaokao.written.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.logging.Logger;
import org.zhaokao.plugins.api.RunMode;

/**
 * The written exam's master key (key-encryption key), which wraps every exam's data key. It comes
 * from configuration, never from the repository: the system property {@value #PROPERTY} (set it
 * with {@code /system-property=...:add(value=...)} or a credential-store expression) or the
 * environment variable {@value #ENV}, Base64 of 32 random bytes ({@code openssl rand -base64 32}).
 * A demonstration install ({@code -Dzhaokao.demo=true}) without one generates a key file in the
 * server's data directory; any other install refuses to seal or open papers without the key.
 */
@ApplicationScoped
public class MasterKey {

  public static final String PROPERTY = "zhaokao.written-exam.masterKey";
  public static final String ENV = "ZHAOKAO_WRITTEN_EXAM_MASTER_KEY";

  private static final Logger LOG = Logger.getLogger(MasterKey.class.getName());

  private volatile byte[] key;

  /** Wraps a data key for the exam {@code examBinding}. */
  public String wrap(byte[] dataKey, String examBinding) {
    return PaperCipher.seal(key(), dataKey, examBinding);
  }

  public byte[] unwrap(String wrapped, String examBinding) {
    return PaperCipher.openBytes(key(), wrapped, examBinding);
  }

  private byte[] key() {
    byte[] k = key;
    if (k == null) {
      synchronized (this) {
        if (key == null) {
          key = load();
        }
        k = key;
      }
    }
    return k;
  }

  private static byte[] load() {
    String configured = System.getProperty(PROPERTY, System.getenv(ENV));
    if (configured != null && !configured.isBlank()) {
      return decode(configured.strip());
    }
    if (!RunMode.demo()) {
      throw new IllegalStateException(
          "No written-exam master key: set -D" + PROPERTY + " or " + ENV + " (Base64, 32 bytes)");
    }
    Path file =
        Path.of(System.getProperty("jboss.server.data.dir", "."), "zhaokao-written-exam.key");
    try {
      if (!Files.exists(file)) {
        Files.writeString(
            file, Base64.getEncoder().encodeToString(PaperCipher.newKey()), StandardCharsets.UTF_8);
        LOG.warning(() -> "Demo mode: generated the written-exam master key at " + file);
      }
      return decode(Files.readString(file, StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] decode(String base64) {
    byte[] k = Base64.getDecoder().decode(base64);
    if (k.length != 32) {
      throw new IllegalStateException(PROPERTY + " must be Base64 of 32 bytes");
    }
    return k;
  }
}
