package org.zhaokao.medical.interfaces.rest;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.zhaokao.medical.application.ReportReading;

/** A report's file as an HTTP answer that no cache keeps. */
final class Files {

  private Files() {}

  static Response download(ReportReading.Content c) {
    return Response.ok(c.bytes(), c.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename*=UTF-8''"
                + URLEncoder.encode(c.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
