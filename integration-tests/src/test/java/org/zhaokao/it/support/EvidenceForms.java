package org.zhaokao.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Identity submissions with evidence (change requests, ID-number claims) as the browser's forms
 * send them — multipart/form-data with text fields and one file — and their review queues.
 */
public final class EvidenceForms {

  /** The smallest file the server takes for a PDF. */
  public static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  /** The smallest file the server takes for a JPEG photo. */
  public static final byte[] JPEG = {
    (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0
  };

  /** The smallest file the server takes for a PNG image. */
  public static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13
  };

  private EvidenceForms() {}

  /**
   * Posts the fields (in order; a null value is left out) and, unless {@code evidence} is null, the
   * file as the form field {@code evidence}.
   */
  public static HttpResponse<String> post(
      Browsing who, String path, Map<String, String> fields, String fileName, byte[] evidence) {
    String boundary = "----zhaokao" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, v) -> {
          if (v != null) {
            write(
                body,
                "--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + name
                    + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                    + v
                    + "\r\n");
          }
        });
    if (evidence != null) {
      write(
          body,
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\""
              + fileName
              + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      body.writeBytes(evidence);
      write(body, "\r\n");
    }
    write(body, "--" + boundary + "--\r\n");
    return who.postBytes(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  /** The ids in a review queue (the reviewer holds identity:review). */
  public static Set<Long> queued(Browsing reviewer, String queue) {
    return Http.array(expect(200, reviewer.get(queue))).stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .collect(Collectors.toSet());
  }

  /**
   * The reviewer refuses the submission: first without a reason (422 naming {@code reasonCode},
   * nothing changes), then with {@code reason}; returns the refused submission.
   */
  public static JsonObject refused(
      Browsing reviewer, String queue, long id, String reasonCode, String reason) {
    String refuse = queue + "/" + id + "/refuse";
    assertProblem(reviewer.post(refuse, Json.object("reason", " ")), 422, reasonCode);
    return Http.object(expect(200, reviewer.post(refuse, Json.object("reason", reason))));
  }

  /** A problem response with this status whose body names the code. */
  public static void assertProblem(HttpResponse<String> r, int status, String code) {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.body().contains(code), r.body());
  }

  private static void write(ByteArrayOutputStream body, String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
