package org.zhaokao.web.rest.audit;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.zhaokao.audit.application.AuditRetention;
import org.zhaokao.audit.application.AuditVerifier;
import org.zhaokao.audit.application.AuditViewer;
import org.zhaokao.audit.domain.AuditFilter;
import org.zhaokao.audit.domain.AuditQueryParser;
import org.zhaokao.plugins.api.SupportedLocales;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.web.audit.AuditExport;
import org.zhaokao.web.security.RequestAudit;

/**
 * The audit trail for auditors (审计日志): list with filters, CSV and Excel exports, chain
 * verification, retention. Under {@code /api/v1/admin}, which only staff reach (see {@link
 * org.zhaokao.web.access.ConsoleAccessFilter}).
 */
@Path("/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  private static final int DEFAULT_SIZE = 50;

  @EJB private AuditViewer viewer;
  @EJB private AuditVerifier verifier;
  @EJB private AuditRetention retention;

  @Inject private RequestAudit requestAudit;

  @Context private HttpHeaders headers;
  @Context private HttpServletRequest request;

  /**
   * Rows that match the filters, newest first. {@code from} and {@code to} are ISO-8601 times with
   * offset ({@code to} excluded); {@code action} ending in {@code *} matches by prefix; {@code
   * page} from 0, {@code size} 1 to 500 (50 by default).
   */
  @GET
  @Path("/events")
  public Response events(
      @BeanParam AuditFilterParams params,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    AuditQueryParser parser = new AuditQueryParser();
    AuditFilter filter = params.read(parser);
    int p = parser.integer("page", page, 0, 0, 1_000_000);
    int s = parser.integer("size", size, DEFAULT_SIZE, 1, AuditViewer.MAX_PAGE_SIZE);
    parser.check();
    return noStore(Response.ok(AuditPageDto.of(viewer.search(filter, p, s))));
  }

  /** The rows that match, as CSV (UTF-8), at most {@value AuditExport#MAX_ROWS}. */
  @GET
  @Path("/events.csv")
  @Produces("text/csv")
  public Response csv(@BeanParam AuditFilterParams params) {
    return export(params, AuditExport.Format.CSV);
  }

  /** The rows that match, as an Excel workbook, at most {@value AuditExport#MAX_ROWS}. */
  @GET
  @Path("/events.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public Response xlsx(@BeanParam AuditFilterParams params) {
    return export(params, AuditExport.Format.XLSX);
  }

  /**
   * Walks the hash chain and names the first broken row. Rows recorded before the request are
   * linked first, so they are covered. {@code fromPosition} starts the walk at a later row.
   */
  @GET
  @Path("/verification")
  public Response verification(@QueryParam("fromPosition") String fromPosition) {
    AuditQueryParser parser = new AuditQueryParser();
    int from = parser.integer("fromPosition", fromPosition, 0, 0, Integer.MAX_VALUE);
    parser.check();
    return noStore(
        Response.ok(VerificationDto.of(verifier.verify(from == 0 ? null : (long) from))));
  }

  /** The retention in force, or why the configured one is refused. */
  @GET
  @Path("/retention")
  public RetentionDto retention() {
    return RetentionDto.current();
  }

  /**
   * Runs the retention job now: 200 with what was purged, or 422 when the configured retention is
   * below three years (then nothing is purged).
   */
  @POST
  @Path("/retention/run")
  public RetentionDto.Run runRetention() {
    return RetentionDto.Run.of(retention.run());
  }

  private Response export(AuditFilterParams params, AuditExport.Format format) {
    AuditQueryParser parser = new AuditQueryParser();
    AuditFilter filter = params.read(parser);
    parser.check();
    long rows = viewer.count(filter);
    if (rows > AuditExport.MAX_ROWS) {
      throw new ExportTooLargeException(rows, AuditExport.MAX_ROWS);
    }
    recordExport(params, format, rows);
    Locale locale = locale();
    StreamingOutput body = out -> AuditExport.write(viewer, filter, format, locale, out);
    String name = "audit-" + LocalDate.now(ZoneOffset.UTC) + "." + format.extension();
    return noStore(
        Response.ok(body, format.mediaType())
            .header("Content-Disposition", "attachment; filename=\"" + name + "\""));
  }

  /** Who took a copy of the trail out, from where, with which filter. */
  private void recordExport(AuditFilterParams params, AuditExport.Format format, long rows) {
    AuditEntry.Builder entry =
        requestAudit
            .entry("audit.trail.exported")
            .target("audit-trail", format.extension())
            .detail("rows", Long.toString(rows));
    params.asMap().forEach(entry::detail);
    requestAudit.record(entry);
  }

  private Locale locale() {
    for (Locale wanted : headers.getAcceptableLanguages()) {
      for (Locale supported : SupportedLocales.ALL) {
        if (supported.getLanguage().equals(wanted.getLanguage())) {
          return supported;
        }
      }
    }
    return SupportedLocales.DEFAULT;
  }

  private static Response noStore(Response.ResponseBuilder response) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return response.cacheControl(noStore).build();
  }
}
