package org.zhaokao.archiving.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Writes and reads the package's ZIP (档案包): the manifest first, then the files it lists. */
public final class ArchivePackage {

  /** Largest package this code reads back (a guard against ZIP bombs in an uploaded package). */
  public static final long MAX_UNPACKED = 512L * 1024 * 1024;

  private ArchivePackage() {}

  /** The ZIP holding the manifest and then {@code files} in their order. */
  public static byte[] zip(byte[] manifest, Map<String, byte[]> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, Manifest.FILE, manifest);
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        put(zip, f.getKey(), f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void put(ZipOutputStream zip, String path, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(path));
    zip.write(bytes);
    zip.closeEntry();
  }

  /**
   * The files of a ZIP, by path in package order.
   *
   * @throws ZipException if the bytes are not a readable ZIP, repeat a path or unpack too large
   */
  public static Map<String, byte[]> unzip(byte[] bytes) throws ZipException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (e.isDirectory()) {
          continue;
        }
        byte[] content = zip.readAllBytes();
        total += content.length;
        if (total > MAX_UNPACKED) {
          throw new ZipException("the package unpacks to more than " + MAX_UNPACKED + " bytes");
        }
        if (files.put(e.getName(), content) != null) {
          throw new ZipException("the package holds " + e.getName() + " twice");
        }
      }
    } catch (ZipException e) {
      throw e;
    } catch (IOException e) {
      throw new ZipException("the package is not a readable ZIP: " + e.getMessage());
    }
    if (files.isEmpty()) {
      throw new ZipException("the package is not a readable ZIP (no files in it)");
    }
    return files;
  }
}
