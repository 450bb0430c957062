package org.zhaokao.archiving.domain;

import java.util.Optional;

/**
 * Where archive packages are kept (档案库): a configured directory today; an S3-compatible object
 * store can implement the same three calls later.
 */
public interface ArchiveStore {

  /**
   * Stores the package under a key no other package has.
   *
   * @throws IllegalStateException if the key is taken or the store cannot write
   */
  void put(String key, byte[] bytes);

  /** The package's bytes, or empty if the key holds nothing. */
  Optional<byte[]> get(String key);

  /** Removes the package; nothing happens if it is already gone. */
  void delete(String key);
}
