package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.MY_APPLICATIONS;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.AuditApi;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.CoreDeployments;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Recruiting;

/**
 * A candidate attaches a photo and certificates to an application: the bytes decide the type, the
 * rules refuse what is wrong and keep nothing of it, the files go out only as downloads to the
 * candidate, the reviewers and the employer (each staff read audited), and the photo is printed on
 * the application form.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationAttachmentsIT extends CoreDeployments {

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Test
  void photoAndCertificatesAreCheckedStoredAndServedSafely() throws Exception {
    long employer = Recruiting.employer();
    long recruitment = Recruiting.published(employer);
    long position = Recruiting.positionId(recruitment, "02");
    Browsing candidate = Recruiting.candidate();
    long id = Recruiting.applied(candidate, recruitment, position);
    String files = MY_APPLICATIONS + "/" + id + "/attachments";

    JsonObject photo =
        Http.object(
            expect201(upload(candidate, files, "photo", "证件照.png", image("png", 300, 400))));
    assertEquals("PHOTO", photo.getString("kind"));
    assertEquals("image/png", photo.getString("contentType"));
    assertEquals(300, photo.getInt("width"));
    // A new photo replaces the old one.
    expect201(upload(candidate, files, "PHOTO", "new.jpg", image("jpg", 330, 480)));
    JsonObject certificate =
        Http.object(expect201(upload(candidate, files, "CERTIFICATE", "学位证书.pdf", PDF)));
    expect201(upload(candidate, files, "CERTIFICATE", "scan.png", image("png", 800, 600)));
    assertEquals(3, list(candidate, files).size());

    // Refused: the bytes of a PDF named like a photo, a landscape photo, an oversize file, an
    // unknown kind — and none of them is kept.
    assertProblem(upload(candidate, files, "PHOTO", "photo.jpg", PDF), "file.type");
    assertProblem(
        upload(candidate, files, "PHOTO", "wide.png", image("png", 400, 300)), "photo.dimensions");
    byte[] big = new byte[5 * 1024 * 1024 + 10];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    assertProblem(upload(candidate, files, "CERTIFICATE", "big.pdf", big), "file.too-large");
    assertProblem(upload(candidate, files, "RESUME", "cv.pdf", PDF), "attachment.kind");
    JsonArray kept = list(candidate, files);
    assertEquals(3, kept.size());
    assertEquals("image/jpeg", kept.getJsonObject(0).getString("contentType"), "photo first");

    // The file comes back as it went in, as a download that browsers neither sniff nor cache.
    long certId = certificate.getJsonNumber("id").longValue();
    HttpResponse<byte[]> file = candidate.getBytes(files + "/" + certId);
    assertEquals(200, file.statusCode());
    assertArrayEquals(PDF, file.body());
    assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
    assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
    String disposition = file.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(disposition.startsWith("attachment;"), disposition);
    assertTrue(
        disposition.contains(
            "filename*=UTF-8''" + URLEncoder.encode("学位证书.pdf", StandardCharsets.UTF_8)),
        disposition);
    assertTrue(file.headers().firstValue("Cache-Control").orElse("").contains("no-store"));

    // Another candidate cannot tell the application exists.
    Browsing other = Recruiting.candidate();
    assertEquals(404, other.get(files).statusCode());
    assertEquals(404, other.getBytes(files + "/" + certId).statusCode());
    assertEquals(404, upload(other, files, "CERTIFICATE", "x.pdf", PDF).statusCode());

    // The photo is printed on the application form.
    HttpResponse<byte[]> form = candidate.getBytes(MY_APPLICATIONS + "/" + id + "/form.pdf");
    assertEquals(200, form.statusCode());
    try (PDDocument doc = Loader.loadPDF(form.body())) {
      assertTrue(doc.getPage(0).getResources().getXObjectNames().iterator().hasNext());
    }

    // Removing works while the application is open.
    long scanId = kept.getJsonObject(2).getJsonNumber("id").longValue();
    assertEquals(204, candidate.send("DELETE", files + "/" + scanId, null).statusCode());
    assertEquals(2, list(candidate, files).size());

    // Reviewers read them, each read audited; an employer user of another employer may not.
    String staff = Recruiting.ADMIN_API + "/review/applications/" + id + "/attachments";
    assertEquals(2, Http.array(expectOk(Admin.get(staff))).size());
    HttpResponse<byte[]> read = Admin.getBytes(staff + "/" + certId);
    assertEquals(200, read.statusCode());
    assertArrayEquals(PDF, read.body());
    JsonObject audited =
        Http.object(
            Admin.get(
                AuditApi.EVENTS
                    + "?action=application.attachment.viewed&targetType=application&targetId="
                    + id));
    assertEquals(1, audited.getInt("total"), audited.toString());
    Browsing stranger = Recruiting.employerUser(Recruiting.employer());
    String theirs = Recruiting.ADMIN_API + "/confirmation/applications/" + id + "/attachments";
    assertEquals(403, stranger.get(theirs).statusCode());
    Browsing own = Recruiting.employerUser(employer);
    assertEquals(200, own.getBytes(theirs + "/" + certId).statusCode());

    // Once the review has decided, the files are fixed.
    expect(
        200,
        Admin.post(
            Recruiting.ADMIN_API + "/review/applications/" + id + "/decision",
            "",
            "{\"decision\":\"APPROVE\"}"));
    assertEquals(409, upload(candidate, files, "CERTIFICATE", "late.pdf", PDF).statusCode());
    assertEquals(409, candidate.send("DELETE", files + "/" + certId, null).statusCode());
    assertEquals(2, list(candidate, files).size());
    assertFalse(read.headers().firstValue("Content-Type").orElse("").startsWith("text/"));
  }

  private static HttpResponse<String> upload(
      Browsing who, String files, String kind, String name, byte[] body) {
    return who.postBytes(
        files + "?kind=" + kind + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
        name.endsWith(".pdf") ? "application/pdf" : "image/jpeg",
        body);
  }

  private static JsonArray list(Browsing who, String files) {
    return Http.array(expectOk(who.get(files)));
  }

  private static void assertProblem(HttpResponse<String> r, String code) {
    assertEquals(422, r.statusCode(), r.body());
    assertTrue(r.body().contains(code), r.body());
  }

  private static HttpResponse<String> expect201(HttpResponse<String> r) {
    expect(201, r);
    return r;
  }

  private static HttpResponse<String> expectOk(HttpResponse<String> r) {
    expect(200, r);
    return r;
  }

  private static byte[] image(String format, int width, int height) throws IOException {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return out.toByteArray();
  }
}
