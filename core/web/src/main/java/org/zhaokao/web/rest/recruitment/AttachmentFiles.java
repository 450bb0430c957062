package org.zhaokao.web.rest.recruitment;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.zhaokao.recruitment.application.ApplicationAttachments;
import org.zhaokao.recruitment.domain.attachment.UploadRules;

/**
 * How an application's file leaves the server: always as a download (never rendered in the site's
 * origin), with the type its bytes were recognised as, no sniffing, no caching, and a sandbox in
 * case a browser opens it anyway.
 */
final class AttachmentFiles {

  private AttachmentFiles() {}

  static Response download(ApplicationAttachments.Download file) {
    CacheControl none = new CacheControl();
    none.setNoStore(true);
    none.setPrivate(true);
    return Response.ok(file.content(), file.contentType())
        .header("Content-Disposition", disposition(file.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .cacheControl(none)
        .build();
  }

  /** {@code attachment} with an ASCII fallback name and the UTF-8 name (RFC 6266 / 5987). */
  static String disposition(String fileName) {
    return "attachment; filename=\""
        + UploadRules.asciiName(fileName)
        + "\"; filename*=UTF-8''"
        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
