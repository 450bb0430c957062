package org.zhaokao.web.rest.recruitment;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.zhaokao.recruitment.application.ApplicationAttachments;
import org.zhaokao.recruitment.domain.attachment.UploadRules;

/**
 * How an uploaded file (an application's attachment, an identity request's evidence) leaves the
 * server: always as a download (never rendered in the site's origin), with the type its bytes were
 * recognised as, no sniffing, no caching, and a sandbox in case a browser opens it anyway.
 */
public final class AttachmentFiles {

  private AttachmentFiles() {}

  static Response download(ApplicationAttachments.Download file) {
    return download(file.fileName(), file.contentType(), file.content());
  }

  /** A file as a download that browsers neither render, sniff nor cache. */
  public static Response download(String fileName, String contentType, byte[] content) {
    CacheControl none = new CacheControl();
    none.setNoStore(true);
    none.setPrivate(true);
    return Response.ok(content, contentType)
        .header("Content-Disposition", disposition(fileName))
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
