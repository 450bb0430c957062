package org.zhaokao.web.recruitment;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.zhaokao.ui.documents.PdfFont;

/**
 * The layout every recruitment PDF shares (candidates' forms and tickets, the employer's
 * confirmation document): a centred title under its issuer, section headings, and two-column
 * label/value tables set in the embedded CJK font.
 */
final class PdfLayout {

  private PdfLayout() {}

  static void section(Document doc, String heading) throws DocumentException {
    Paragraph p = new Paragraph(heading, new Font(PdfFont.cjk(), 13));
    p.setSpacingAfter(6);
    doc.add(p);
  }

  static void title(Document doc, String recruitment, String kind) throws DocumentException {
    Paragraph r = new Paragraph(recruitment, new Font(PdfFont.cjk(), 14));
    r.setAlignment(Element.ALIGN_CENTER);
    doc.add(r);
    Paragraph k = new Paragraph(kind, new Font(PdfFont.cjk(), 20));
    k.setAlignment(Element.ALIGN_CENTER);
    k.setSpacingAfter(16);
    doc.add(k);
  }

  static PdfPTable table() {
    PdfPTable t = new PdfPTable(new float[] {1, 3});
    t.setWidthPercentage(100);
    t.setSpacingAfter(12);
    return t;
  }

  static void row(PdfPTable t, String label, String value) {
    Font f = new Font(PdfFont.cjk(), 11);
    PdfPCell l = new PdfPCell(new Phrase(label, f));
    l.setPadding(6);
    t.addCell(l);
    PdfPCell v = new PdfPCell(new Phrase(value == null ? "" : value, f));
    v.setPadding(6);
    t.addCell(v);
  }
}
