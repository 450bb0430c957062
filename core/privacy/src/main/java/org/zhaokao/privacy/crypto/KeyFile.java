package org.zhaokao.privacy.crypto;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Reads the data-protection keys from a properties file kept outside the repository:
 *
 * <pre>
 * encryption.current=k2
 * encryption.k1=&lt;base64 of 32 random bytes&gt;   # older keys stay so old values decrypt
 * encryption.k2=&lt;base64 of 32 random bytes&gt;
 * index=&lt;base64 of 32 random bytes&gt;           # never changes: blind indexes depend on it
 * </pre>
 *
 * <p>To rotate, add a key and point {@code encryption.current} at it; values re-encrypt as they are
 * rewritten.
 */
public final class KeyFile {

  private static final String PREFIX = "encryption.";

  private KeyFile() {}

  public static KeyRing read(Path file) {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the key file " + file, e);
    }
    Map<String, byte[]> keys = new LinkedHashMap<>();
    for (String name : p.stringPropertyNames()) {
      if (name.startsWith(PREFIX) && !name.equals(PREFIX + "current")) {
        keys.put(name.substring(PREFIX.length()), decode(p, name, file));
      }
    }
    String current = p.getProperty(PREFIX + "current");
    if (current == null) {
      throw new CryptoException("The key file " + file + " names no encryption.current key");
    }
    return new KeyRing(keys, current, decode(p, "index", file));
  }

  /**
   * Writes a new file with one fresh encryption key and a fresh index key, readable by its owner
   * only. Used for a demonstration install; production keys are made and kept by the operator.
   */
  public static void generate(Path file) {
    SecureRandom random = new SecureRandom();
    try {
      Files.createDirectories(file.getParent());
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write("# Zhaokao data-protection keys, generated for a demonstration install.\n");
        out.write(
            "# Keep outside any repository; back it up with the database or encrypted data is lost.\n");
        out.write("encryption.current=k1\n");
        out.write("encryption.k1=" + fresh(random) + "\n");
        out.write("index=" + fresh(random) + "\n");
      }
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the key file " + file, e);
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the file stays with the platform's default permissions.
    }
  }

  private static String fresh(SecureRandom random) {
    byte[] key = new byte[KeyRing.KEY_BYTES];
    random.nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private static byte[] decode(Properties p, String name, Path file) {
    String value = p.getProperty(name);
    if (value == null) {
      throw new CryptoException("The key file " + file + " has no '" + name + "'");
    }
    try {
      return Base64.getDecoder().decode(value.trim());
    } catch (IllegalArgumentException e) {
      throw new CryptoException("'" + name + "' in " + file + " is not base64", e);
    }
  }
}
