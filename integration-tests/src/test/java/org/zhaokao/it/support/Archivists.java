package org.zhaokao.it.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Two archivists for the archiving tests (a destruction needs a second person): a role {@code
 * archivist} made through the role editor with the plugin's permissions, then two accounts with it;
 * and ZIP helpers to read and tamper with a downloaded package.
 */
public final class Archivists {

  /** The archiving plugin's API. */
  public static final String API = "/zhaokao-archiving/api/v1";

  private static final RoleHolders ARCHIVISTS =
      new RoleHolders(
          "archivist",
          "档案员",
          "Archivist",
          "console:view",
          "stage:archiving:build",
          "stage:archiving:destroy");

  private Archivists() {}

  public static Browsing first() {
    return ARCHIVISTS.first();
  }

  public static Browsing second() {
    return ARCHIVISTS.second();
  }

  /** Builds an archive of the recruitment; answers the response. */
  public static HttpResponse<String> build(Browsing who, long recruitment, Integer years) {
    String body =
        years == null
            ? "{\"recruitmentId\":" + recruitment + "}"
            : "{\"recruitmentId\":" + recruitment + ",\"retentionYears\":" + years + "}";
    return who.post(API + "/archives", body);
  }

  /** The files of a ZIP by path. */
  public static Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        files.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** A ZIP of these files in their order. */
  public static byte[] zip(Map<String, byte[]> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        z.putNextEntry(new ZipEntry(f.getKey()));
        z.write(f.getValue());
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
