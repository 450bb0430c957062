package org.zhaokao.interview.interfaces.rest;

import jakarta.ws.rs.core.Response;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import org.zhaokao.interview.Messages;
import org.zhaokao.interview.application.InterviewNotice;
import org.zhaokao.interview.application.OrderSheet;
import org.zhaokao.interview.infrastructure.InterviewPdfs;

/** The interview notice and the drawn-order sheet as PDF downloads, labelled from the bundle. */
final class Pdfs {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private Pdfs() {}

  /** The interview notice (面试通知书) with its sign-in QR code. */
  static byte[] notice(InterviewNotice n, ResourceBundle m) {
    String when =
        n.date()
            + " "
            + Messages.part(m, n.part())
            + (n.startsAt() == null ? "" : " " + TIME.format(n.startsAt()));
    List<String[]> rows =
        List.of(
            row(m, "notice.recruitment", n.recruitment()),
            row(m, "order.name", n.name()),
            row(m, "notice.idNumber", n.maskedIdNumber()),
            row(m, "order.ticket", n.ticket()),
            row(m, "order.position", n.position()),
            row(m, "notice.time", when),
            row(m, "notice.venue", n.venue()),
            row(m, "order.room", n.room()),
            row(
                m,
                "notice.session",
                n.panel() + " · " + n.date() + " " + Messages.part(m, n.part())));
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(m.getString("notice.bring.title"));
    paragraphs.add(m.getString("notice.bring"));
    paragraphs.add(m.getString("notice.rules.title"));
    paragraphs.addAll(Messages.rules(m));
    return InterviewPdfs.render(
        new InterviewPdfs.Layout(
            m.getString("notice.title"),
            rows,
            List.of(),
            List.of(),
            paragraphs,
            Optional.of(n.signInCode()),
            m.getString("notice.qr")));
  }

  /** The drawn-order sheet (抽签结果表) to print and post in the waiting room. */
  static byte[] orderSheet(OrderSheet sheet, ResourceBundle m) {
    List<String[]> rows =
        List.of(
            row(m, "order.panel", sheet.panel()),
            row(m, "order.room", sheet.room()),
            row(m, "order.date", sheet.date() + " " + Messages.part(m, sheet.part())),
            row(m, "order.seed", String.valueOf(sheet.seed())));
    List<List<String>> table =
        sheet.lines().stream()
            .map(
                l ->
                    List.of(
                        l.order() == 0 ? "" : String.valueOf(l.order()),
                        l.plate(),
                        l.absent() ? l.name() + " (" + m.getString("order.absent") + ")" : l.name(),
                        l.ticket(),
                        l.position()))
            .toList();
    return InterviewPdfs.render(
        new InterviewPdfs.Layout(
            m.getString("order.title"),
            rows,
            List.of(
                m.getString("order.order"),
                m.getString("order.plate"),
                m.getString("order.name"),
                m.getString("order.ticket"),
                m.getString("order.position")),
            table,
            List.of(m.getString("order.signatures")),
            Optional.empty(),
            ""));
  }

  static Response download(byte[] pdf, String fileName) {
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }

  private static String[] row(ResourceBundle m, String key, String value) {
    return new String[] {m.getString(key), value == null ? "" : value};
  }
}
