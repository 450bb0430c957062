package org.zhaokao.web.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.zhaokao.audit.application.AuditViewer;
import org.zhaokao.audit.domain.AuditFilter;
import org.zhaokao.audit.domain.AuditRecord;

/** Writes the rows that match a filter, newest first, as CSV or Excel. */
public final class AuditExport {

  /** Most rows one export may hold; beyond it the auditor narrows the filter. */
  public static final int MAX_ROWS = 100_000;

  private static final int PAGE = 1000;

  /** The export formats. */
  public enum Format {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public String mediaType() {
      return mediaType;
    }

    public String extension() {
      return extension;
    }
  }

  /** Where the rows go, one format each. */
  /** One row after another, to CSV or Excel; also used by the ranking export. */
  public interface Sheet extends AutoCloseable {
    void row(List<String> cells) throws IOException;

    @Override
    void close() throws IOException;
  }

  private AuditExport() {}

  /** Streams the export to {@code out}; headers in {@code locale}. */
  public static void write(
      AuditViewer viewer, AuditFilter filter, Format format, Locale locale, OutputStream out)
      throws IOException {
    ResourceBundle messages = ResourceBundle.getBundle("org.zhaokao.web.messages", locale);
    try (Sheet sheet =
        format == Format.CSV
            ? new CsvSheet(out)
            : new XlsxSheet(out, messages.getString("audit.export.sheet"))) {
      sheet.row(AuditColumns.headers(messages));
      AuditRecord last = null;
      int written = 0;
      while (written < MAX_ROWS) {
        List<AuditRecord> page = viewer.after(filter, last, Math.min(PAGE, MAX_ROWS - written));
        for (AuditRecord row : page) {
          sheet.row(AuditColumns.cells(row));
        }
        written += page.size();
        if (page.size() < PAGE) {
          break;
        }
        last = page.get(page.size() - 1);
      }
    }
  }
}
