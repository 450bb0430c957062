package org.zhaokao.web.rest.survey;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhaokao.content.application.SurveyResultsView;
import org.zhaokao.web.audit.AuditExport;
import org.zhaokao.web.audit.XlsxSheet;

/**
 * A survey's results as an Excel workbook through the audit export's sheet writer (text cells, so a
 * remark is never evaluated as a formula): the figures, the distribution, then the remarks.
 */
final class SurveyExport {

  private SurveyExport() {}

  static Response xlsx(SurveyResultsView r) {
    StreamingOutput body =
        out -> {
          try (AuditExport.Sheet sheet = new XlsxSheet(out, "survey")) {
            for (List<String> row : rows(r)) {
              sheet.row(row);
            }
          }
        };
    return Response.ok(body)
        .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header(
            "Content-Disposition", "attachment; filename=\"survey-" + r.survey().id() + ".xlsx\"")
        .build();
  }

  static List<List<String>> rows(SurveyResultsView r) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("survey", r.survey().title(), "status", r.survey().status().name()));
    rows.add(
        List.of(
            "responses",
            String.valueOf(r.responses()),
            "participants",
            String.valueOf(r.participants()),
            "response_rate_percent",
            r.responseRate().toPlainString()));
    rows.add(List.of());
    rows.add(List.of("question", "average"));
    for (Map.Entry<String, BigDecimal> a : r.averages().entrySet()) {
      rows.add(List.of(a.getKey(), a.getValue() == null ? "" : a.getValue().toPlainString()));
    }
    rows.add(List.of());
    rows.add(List.of("overall_mark", "responses"));
    r.distribution().forEach((mark, n) -> rows.add(List.of(mark, String.valueOf(n))));
    rows.add(List.of());
    rows.add(List.of("remark", "overall_mark", "answered_at"));
    for (SurveyResultsView.Remark m : r.remarks()) {
      rows.add(List.of(m.text(), String.valueOf(m.overall()), m.answeredAt().toString()));
    }
    return rows;
  }
}
