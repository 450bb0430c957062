package org.zhaokao.archiving.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipException;

/**
 * Checks a package against its seal (档案核验): the manifest must hash to the sealed value, and every
 * file must be present with the size and SHA-256 the manifest lists, with nothing added.
 */
public final class PackageCheck {

  private PackageCheck() {}

  /**
   * The outcome of a check.
   *
   * @param intact whether the package is exactly what was sealed
   * @param filesChecked files compared with the manifest
   * @param problems one sentence per difference, naming the file
   */
  public record Result(boolean intact, int filesChecked, List<String> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  /** Checks {@code zip} against the manifest hash sealed when the package was built. */
  public static Result check(byte[] zip, String sealedManifestSha256) {
    Map<String, byte[]> files;
    try {
      files = ArchivePackage.unzip(zip);
    } catch (ZipException e) {
      return new Result(false, 0, List.of("The package cannot be read: " + e.getMessage()));
    }
    byte[] manifestBytes = files.remove(Manifest.FILE);
    if (manifestBytes == null) {
      return new Result(false, 0, List.of("The package has no " + Manifest.FILE));
    }
    List<String> problems = new ArrayList<>();
    String found = Sha256.hex(manifestBytes);
    if (!found.equals(sealedManifestSha256)) {
      problems.add(
          Manifest.FILE
              + " is not the sealed manifest (sealed SHA-256 "
              + sealedManifestSha256
              + ", found "
              + found
              + ")");
    }
    Optional<Manifest> manifest = Manifest.parse(manifestBytes);
    if (manifest.isEmpty()) {
      problems.add(Manifest.FILE + " cannot be read as an archive manifest");
      return new Result(false, 0, problems);
    }
    Set<String> unlisted = new LinkedHashSet<>(files.keySet());
    int checked = 0;
    for (Manifest.Entry e : manifest.get().files()) {
      byte[] content = files.get(e.path());
      unlisted.remove(e.path());
      if (content == null) {
        problems.add(e.path() + " is missing");
        continue;
      }
      checked++;
      Manifest.Entry actual = Manifest.Entry.of(e.path(), content);
      if (!actual.sha256().equals(e.sha256()) || actual.size() != e.size()) {
        problems.add(
            e.path()
                + " was changed (manifest SHA-256 "
                + e.sha256()
                + ", "
                + e.size()
                + " bytes; found "
                + actual.sha256()
                + ", "
                + actual.size()
                + " bytes)");
      }
    }
    for (String extra : unlisted) {
      problems.add(extra + " is not listed in the manifest");
    }
    return new Result(problems.isEmpty(), checked, problems);
  }
}
