package org.zhaokao.archiving.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhaokao.archiving.application.CoreAccess;
import org.zhaokao.archiving.domain.ArchiveStore;

/**
 * The archive store as a directory: the setting {@code zhaokao.stage.archiving.storeDirectory}, or
 * {@code <server data dir>/zhaokao-archives}. Backups copy this directory with the database (see
 * {@code config/backup.sh}).
 */
@ApplicationScoped
public class DirectoryArchiveStore implements ArchiveStore {

  private static final Pattern KEY = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*\\.zip");

  @Inject private CoreAccess access;

  @Override
  public void put(String key, byte[] bytes) {
    Path target = resolve(key);
    try {
      Files.createDirectories(target.getParent());
      // Written beside, then moved: a reader never sees half a package.
      Path partial = target.resolveSibling(target.getFileName() + ".partial");
      Files.write(partial, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      throw new IllegalStateException("the archive store already holds " + key, e);
    } catch (IOException e) {
      throw new UncheckedIOException("the archive store cannot write " + key, e);
    }
  }

  @Override
  public Optional<byte[]> get(String key) {
    Path file = resolve(key);
    try {
      return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("the archive store cannot read " + key, e);
    }
  }

  @Override
  public void delete(String key) {
    try {
      Files.deleteIfExists(resolve(key));
    } catch (IOException e) {
      throw new UncheckedIOException("the archive store cannot delete " + key, e);
    }
  }

  private Path resolve(String key) {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not an archive key: " + key);
    }
    return root().resolve(key);
  }

  private Path root() {
    String configured = access.storeDirectory();
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("jboss.server.data.dir", "."), "zhaokao-archives");
  }
}
