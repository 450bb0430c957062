package org.zhaokao.archiving.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackageCheckTest {

  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final byte[] manifest;
  private final String seal;

  PackageCheckTest() {
    files.put("recruitment.json", "{\"title\":\"招聘\"}".getBytes(StandardCharsets.UTF_8));
    files.put("stages/01-written-exam/outcomes.json", "[]".getBytes(StandardCharsets.UTF_8));
    manifest =
        Manifest.describing(7, "招聘", 3, 11, "档案员", OffsetDateTime.now(ZoneOffset.UTC), files)
            .toJson();
    seal = Sha256.hex(manifest);
  }

  @Test
  void theSealedPackageIsIntact() {
    PackageCheck.Result r = PackageCheck.check(ArchivePackage.zip(manifest, files), seal);
    assertTrue(r.intact(), r.problems().toString());
    assertEquals(2, r.filesChecked());
  }

  @Test
  void aChangedFileIsNamed() {
    Map<String, byte[]> changed = new LinkedHashMap<>(files);
    changed.put("stages/01-written-exam/outcomes.json", "[1]".getBytes(StandardCharsets.UTF_8));
    PackageCheck.Result r = PackageCheck.check(ArchivePackage.zip(manifest, changed), seal);
    assertFalse(r.intact());
    assertEquals(1, r.problems().size(), r.problems().toString());
    assertTrue(r.problems().get(0).startsWith("stages/01-written-exam/outcomes.json was changed"));
  }

  @Test
  void aRewrittenManifestBreaksTheSeal() {
    Map<String, byte[]> changed = new LinkedHashMap<>(files);
    changed.put("recruitment.json", "{}".getBytes(StandardCharsets.UTF_8));
    byte[] forged =
        Manifest.describing(7, "招聘", 3, 11, "档案员", OffsetDateTime.now(ZoneOffset.UTC), changed)
            .toJson();
    PackageCheck.Result r = PackageCheck.check(ArchivePackage.zip(forged, changed), seal);
    assertFalse(r.intact());
    assertTrue(r.problems().get(0).startsWith("manifest.json is not the sealed manifest"));
  }

  @Test
  void addedMissingAndUnreadableAreReported() {
    Map<String, byte[]> changed = new LinkedHashMap<>(files);
    changed.remove("recruitment.json");
    changed.put("extra.txt", new byte[] {1});
    PackageCheck.Result r = PackageCheck.check(ArchivePackage.zip(manifest, changed), seal);
    assertEquals(
        java.util.List.of("recruitment.json is missing", "extra.txt is not listed in the manifest"),
        r.problems());
    PackageCheck.Result garbage = PackageCheck.check(new byte[] {1, 2, 3}, seal);
    assertFalse(garbage.intact());
    assertTrue(garbage.problems().get(0).startsWith("The package cannot be read"));
  }
}
