package org.zhaokao.physical.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.zhaokao.ui.documents.PdfFont;
import org.zhaokao.ui.fonts.CjkFont;

/**
 * Lays out the stage's sheets as PDF: a title, lines under it, and a table, Chinese set in the
 * ui-kit's {@link CjkFont}.
 */
public final class SheetPdfs {

  private SheetPdfs() {}

  /**
   * @param title the sheet's heading
   * @param lines lines under the heading (recruitment, session, time and place)
   * @param header the table's column heads
   * @param rows its cells
   * @param widths relative column widths
   * @param footer a line under the table (signatures), or empty
   */
  public static byte[] sheet(
      String title,
      List<String> lines,
      List<String> header,
      List<List<String>> rows,
      float[] widths,
      String footer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc =
        new Document(header.size() > 6 ? PageSize.A4.rotate() : PageSize.A4, 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(doc, out);
      doc.open();
      Paragraph t = new Paragraph(title, new Font(PdfFont.cjk(), 16));
      t.setAlignment(Element.ALIGN_CENTER);
      t.setSpacingAfter(8);
      doc.add(t);
      Font body = new Font(PdfFont.cjk(), 10);
      for (String line : lines) {
        doc.add(new Paragraph(line, body));
      }
      PdfPTable table = new PdfPTable(widths);
      table.setWidthPercentage(100);
      table.setSpacingBefore(8);
      table.setHeaderRows(1);
      for (String h : header) {
        PdfPCell c = new PdfPCell(new Phrase(h, new Font(PdfFont.cjk(), 10, Font.BOLD)));
        c.setPadding(4);
        table.addCell(c);
      }
      for (List<String> row : rows) {
        for (String cell : row) {
          PdfPCell c = new PdfPCell(new Phrase(cell, body));
          c.setPadding(4);
          c.setMinimumHeight(20);
          table.addCell(c);
        }
      }
      doc.add(table);
      if (!footer.isEmpty()) {
        Paragraph f = new Paragraph(footer, body);
        f.setSpacingBefore(16);
        doc.add(f);
      }
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("could not lay out " + title, e);
    }
    return out.toByteArray();
  }
}
