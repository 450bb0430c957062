package org.zhaokao.it.support;

import static org.zhaokao.it.support.Recruiting.expect;

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

  private static Browsing first;
  private static Browsing second;

  private Archivists() {}

  public static synchronized Browsing first() {
    setUp();
    return first;
  }

  public static synchronized Browsing second() {
    setUp();
    return second;
  }

  private static void setUp() {
    // Each test class redeploys the core, which ends every session: log in afresh when that
    // happened.
    if (first != null && first.get("/zhaokao/api/v1/me").statusCode() == 200) {
      return;
    }
    HttpResponse<String> created =
        Admin.post(
            "/zhaokao/api/v1/admin/roles",
            "",
            Json.object("code", "archivist", "nameZh", "档案员", "nameEn", "Archivist"));
    if (created.statusCode() != 201 && created.statusCode() != 409) {
      throw new AssertionError("role: " + created.statusCode() + " " + created.body());
    }
    expect(
        204,
        Admin.put(
            "/zhaokao/api/v1/admin/roles/archivist/permissions",
            "",
            "[\"console:view\",\"stage:archiving:build\",\"stage:archiving:destroy\"]"));
    first = Staff.create("archivist", "GLOBAL", "");
    second = Staff.create("archivist", "GLOBAL", "");
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
