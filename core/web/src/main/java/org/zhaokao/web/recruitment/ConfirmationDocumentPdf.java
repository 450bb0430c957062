package org.zhaokao.web.recruitment;

import static org.zhaokao.web.recruitment.PdfLayout.row;
import static org.zhaokao.web.recruitment.PdfLayout.section;
import static org.zhaokao.web.recruitment.PdfLayout.table;
import static org.zhaokao.web.recruitment.PdfLayout.title;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.zhaokao.recruitment.application.ConfirmationDocuments;
import org.zhaokao.recruitment.application.ConfirmationDocuments.Line;
import org.zhaokao.ui.documents.PdfFont;
import org.zhaokao.ui.documents.QrCode;

/**
 * The employer's confirmation document (用人单位确认书) as a PDF: the recruitment and employer, who
 * confirmed and when, then position by position the confirmed candidates with their result, ticket
 * number, confirming user and time; at the foot the SHA-256 digest of the confirmed results and a
 * QR code of the public page that verifies it. Labels come from the zh bundle, like the candidates'
 * PDFs.
 */
public final class ConfirmationDocumentPdf {

  /** The height the foot needs: digest, hint and the QR code under them. */
  private static final float FOOT = 170;

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ConfirmationDocumentPdf() {}

  /** Writes the document with the QR code of {@code verifyUrl}. */
  public static void write(ConfirmationDocuments.Sheet sheet, String verifyUrl, OutputStream out) {
    ResourceBundle l =
        ResourceBundle.getBundle("org.zhaokao.web.messages", Locale.SIMPLIFIED_CHINESE);
    Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      doc.open();
      title(doc, sheet.recruitment(), l.getString("pdf.confirmation.title"));
      long rejected = sheet.lines().stream().filter(x -> x.decision().equals("REJECTED")).count();
      PdfPTable t = table();
      row(t, l.getString("pdf.confirmation.recruitment"), sheet.recruitmentCode());
      row(t, l.getString("pdf.confirmation.employer"), sheet.employer());
      row(t, l.getString("pdf.confirmation.confirmers"), String.join("、", sheet.confirmers()));
      row(t, l.getString("pdf.confirmation.at"), sheet.lastConfirmedAt().format(MINUTE));
      row(
          t,
          l.getString("pdf.confirmation.counts"),
          MessageFormat.format(
              l.getString("pdf.confirmation.countsValue"),
              sheet.lines().size() - rejected,
              rejected));
      doc.add(t);
      Paragraph statement =
          new Paragraph(
              MessageFormat.format(l.getString("pdf.confirmation.statement"), sheet.employer()),
              new Font(PdfFont.cjk(), 11));
      statement.setSpacingAfter(10);
      doc.add(statement);
      Map<String, List<Line>> byPosition =
          sheet.lines().stream()
              .collect(
                  Collectors.groupingBy(
                      x -> x.positionCode() + " " + x.position(),
                      LinkedHashMap::new,
                      Collectors.toList()));
      for (Map.Entry<String, List<Line>> position : byPosition.entrySet()) {
        section(doc, l.getString("position.title") + " " + position.getKey());
        doc.add(candidates(l, position.getValue()));
      }
      if (writer.getVerticalPosition(true) - doc.bottom() < FOOT) {
        doc.newPage(); // the digest, the hint and the code stay together, clear of the table
      }
      doc.add(
          new Paragraph(
              l.getString("pdf.confirmation.digest") + " " + sheet.digest(),
              new Font(PdfFont.cjk(), 9)));
      doc.add(new Paragraph(l.getString("pdf.confirmation.qr"), new Font(PdfFont.cjk(), 10)));
      QrCode.draw(writer.getDirectContent(), verifyUrl, doc.left(), doc.bottom() + 20, 110);
    } catch (DocumentException e) {
      throw new IllegalStateException("The confirmation document could not be laid out", e);
    } finally {
      doc.close();
    }
  }

  private static PdfPTable candidates(ResourceBundle l, List<Line> lines) {
    PdfPTable t = new PdfPTable(new float[] {2, 3, 2, 4, 4});
    t.setWidthPercentage(100);
    t.setSpacingAfter(12);
    t.setHeaderRows(1);
    for (String header :
        List.of(
            "account.name",
            "pdf.idNumber",
            "confirmation.decision",
            "pdf.ticketNumber",
            "pdf.confirmation.confirmedBy")) {
      cell(t, l.getString(header), 10);
    }
    for (Line x : lines) {
      cell(t, x.name(), 10);
      cell(t, x.maskedIdNumber(), 10);
      cell(t, l.getString("application.status." + x.decision()), 10);
      cell(t, x.ticketNumber() == null ? "—" : x.ticketNumber(), 10);
      cell(t, x.confirmedBy() + " " + x.confirmedAt().format(MINUTE), 9);
    }
    return t;
  }

  private static void cell(PdfPTable t, String text, int size) {
    PdfPCell c = new PdfPCell(new Phrase(text, new Font(PdfFont.cjk(), size)));
    c.setPadding(4);
    t.addCell(c);
  }
}
