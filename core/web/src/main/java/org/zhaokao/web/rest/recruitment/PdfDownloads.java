package org.zhaokao.web.rest.recruitment;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** A PDF answered as a download that no cache keeps (it carries personal data). */
final class PdfDownloads {

  private PdfDownloads() {}

  static Response attachment(StreamingOutput body, String name) {
    CacheControl none = new CacheControl();
    none.setNoStore(true);
    return Response.ok(body, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"")
        .cacheControl(none)
        .build();
  }
}
