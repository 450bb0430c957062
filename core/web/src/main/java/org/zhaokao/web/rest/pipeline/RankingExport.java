package org.zhaokao.web.rest.pipeline;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.ArrayList;
import java.util.List;
import org.zhaokao.pipeline.application.flow.RankingView;
import org.zhaokao.web.audit.AuditExport;
import org.zhaokao.web.audit.CsvSheet;
import org.zhaokao.web.audit.XlsxSheet;

/**
 * The ranking as a file (CSV or Excel) through the same sheet writers as the audit export (text
 * cells, formula prefixes neutralised). The first row carries the SHA-256 of the inputs and of the
 * ranking, which the verifier recomputes; the headers repeat them.
 */
final class RankingExport {

  private RankingExport() {}

  static Response csv(RankingView r) {
    return file(r, "csv", "text/csv; charset=UTF-8");
  }

  static Response xlsx(RankingView r) {
    return file(r, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  private static Response file(RankingView r, String extension, String type) {
    StreamingOutput body =
        out -> {
          try (AuditExport.Sheet sheet =
              "csv".equals(extension) ? new CsvSheet(out) : new XlsxSheet(out, "ranking")) {
            for (List<String> row : rows(r)) {
              sheet.row(row);
            }
          }
        };
    return Response.ok(body)
        .type(type)
        .header(
            "Content-Disposition",
            "attachment; filename=\"ranking-" + r.recruitmentId() + "." + extension + "\"")
        .header("X-Inputs-SHA256", r.inputsSha256())
        .header("X-Ranking-SHA256", r.rankingSha256())
        .build();
  }

  static List<List<String>> rows(RankingView r) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("inputs-sha256", r.inputsSha256(), "ranking-sha256", r.rankingSha256()));
    rows.add(
        List.of("position_id", "position", "rank", "application_id", "composite", "stage_scores"));
    for (RankingView.Line l : r.lines()) {
      rows.add(
          List.of(
              String.valueOf(l.positionId()),
              l.position(),
              String.valueOf(l.rank()),
              String.valueOf(l.applicationId()),
              l.composite().toPlainString(),
              String.join(";", l.scores())));
    }
    return rows;
  }
}
