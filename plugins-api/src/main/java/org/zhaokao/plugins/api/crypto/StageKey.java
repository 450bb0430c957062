package org.zhaokao.plugins.api.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.logging.Logger;
import org.zhaokao.plugins.api.RunMode;

/**
 * A stage's master key for {@link SealedBox}, from configuration and never from the repository: the
 * system property {@code zhaokao.stage.<id>.masterKey} or the environment variable {@code
 * ZHAOKAO_STAGE_<ID>_MASTER_KEY} (upper case, hyphens as underscores), Base64 of 32 random bytes
 * ({@code openssl rand -base64 32}). A demonstration install ({@code -Dzhaokao.demo=true}) without
 * one generates a key file in the server's data directory; any other install refuses to seal or
 * open without the key.
 */
public final class StageKey {

  private static final Logger LOG = Logger.getLogger(StageKey.class.getName());

  private final String stageId;
  private volatile byte[] key;

  public StageKey(String stageId) {
    this.stageId = stageId;
  }

  public String property() {
    return "zhaokao.stage." + stageId + ".masterKey";
  }

  public String environmentVariable() {
    return "ZHAOKAO_STAGE_" + stageId.toUpperCase(Locale.ROOT).replace('-', '_') + "_MASTER_KEY";
  }

  /**
   * @throws IllegalStateException when no key is configured outside demo mode, or it is malformed
   */
  public byte[] bytes() {
    byte[] k = key;
    if (k == null) {
      synchronized (this) {
        if (key == null) {
          key = load();
        }
        k = key;
      }
    }
    return k.clone();
  }

  private byte[] load() {
    String configured = System.getProperty(property(), System.getenv(environmentVariable()));
    if (configured != null && !configured.isBlank()) {
      return decode(configured.strip());
    }
    if (!RunMode.demo()) {
      throw new IllegalStateException(
          "No master key for stage "
              + stageId
              + ": set -D"
              + property()
              + " or "
              + environmentVariable()
              + " (Base64, 32 bytes)");
    }
    Path file =
        Path.of(System.getProperty("jboss.server.data.dir", "."), "zhaokao-" + stageId + ".key");
    try {
      if (!Files.exists(file)) {
        Files.writeString(
            file, Base64.getEncoder().encodeToString(SealedBox.newKey()), StandardCharsets.UTF_8);
        LOG.warning(
            () -> "Demo mode: generated the master key of stage " + stageId + " at " + file);
      }
      return decode(Files.readString(file, StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] decode(String base64) {
    byte[] k;
    try {
      k = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(property() + " is not Base64", e);
    }
    if (k.length != SealedBox.KEY_BYTES) {
      throw new IllegalStateException(property() + " must be Base64 of 32 bytes");
    }
    return k;
  }
}
