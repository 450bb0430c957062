package org.zhaokao.it.support.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.Asset;

/**
 * An archive as the server would see it: its name and a SHA-256 over every entry's path and bytes,
 * in path order. Two test classes' archives with the same key are the same deployment.
 */
record ArchiveKey(String name, String digest) {

  static ArchiveKey of(Archive<?> archive) {
    MessageDigest sha = sha256();
    Map<String, Asset> entries = new TreeMap<>();
    for (Map.Entry<ArchivePath, Node> e : archive.getContent().entrySet()) {
      Asset asset = e.getValue().getAsset();
      if (asset != null) {
        entries.put(e.getKey().get(), asset);
      }
    }
    byte[] buffer = new byte[64 * 1024];
    entries.forEach(
        (path, asset) -> {
          sha.update(path.getBytes(StandardCharsets.UTF_8));
          sha.update((byte) 0);
          try (InputStream in = asset.openStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
              sha.update(buffer, 0, n);
            }
          } catch (IOException ex) {
            throw new UncheckedIOException(ex);
          }
        });
    return new ArchiveKey(archive.getName(), HexFormat.of().formatHex(sha.digest()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
