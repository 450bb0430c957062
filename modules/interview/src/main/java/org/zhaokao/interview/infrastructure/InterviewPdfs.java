package org.zhaokao.interview.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import org.zhaokao.ui.documents.PdfFont;
import org.zhaokao.ui.documents.QrCode;
import org.zhaokao.ui.fonts.CjkFont;

/**
 * Lays out the stage's PDFs on A4: a title, label–value rows or a table, optional paragraphs and an
 * optional QR code drawn as vector squares (no image library). Chinese is set in the ui-kit's
 * {@link CjkFont}.
 */
public final class InterviewPdfs {

  private InterviewPdfs() {}

  /** A document in the making. */
  public record Layout(
      String title,
      List<String[]> rows,
      List<String> header,
      List<List<String>> table,
      List<String> paragraphs,
      Optional<String> qr,
      String qrCaption) {}

  public static byte[] render(Layout l) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      doc.open();
      Paragraph t = new Paragraph(l.title(), new Font(PdfFont.cjk(), 18));
      t.setAlignment(Element.ALIGN_CENTER);
      t.setSpacingAfter(12);
      doc.add(t);
      Font body = new Font(PdfFont.cjk(), 11);
      Font bold = new Font(PdfFont.cjk(), 11, Font.BOLD);
      if (!l.rows().isEmpty()) {
        PdfPTable rows = new PdfPTable(new float[] {1, 3});
        rows.setWidthPercentage(l.qr().isPresent() ? 70 : 100);
        rows.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (String[] r : l.rows()) {
          rows.addCell(cell(r[0], bold));
          rows.addCell(cell(r[1], body));
        }
        doc.add(rows);
      }
      if (!l.header().isEmpty()) {
        PdfPTable table = new PdfPTable(l.header().size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        l.header().forEach(h -> table.addCell(cell(h, bold)));
        l.table().forEach(row -> row.forEach(c -> table.addCell(cell(c, body))));
        doc.add(table);
      }
      for (String p : l.paragraphs()) {
        Paragraph para = new Paragraph(p, body);
        para.setSpacingBefore(6);
        doc.add(para);
      }
      if (l.qr().isPresent()) {
        float size = 110;
        float x = doc.right() - size;
        float y = doc.top() - 40 - size;
        QrCode.draw(writer.getDirectContent(), l.qr().get(), x, y, size);
        PdfContentByte c = writer.getDirectContent();
        c.beginText();
        c.setFontAndSize(PdfFont.cjk(), 8);
        c.showTextAligned(Element.ALIGN_CENTER, l.qrCaption(), x + size / 2, y - 10, 0);
        c.endText();
      }
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("could not lay out " + l.title(), e);
    }
    return out.toByteArray();
  }

  private static PdfPCell cell(String text, Font f) {
    PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, f));
    c.setPadding(5);
    c.setMinimumHeight(20);
    return c;
  }
}
