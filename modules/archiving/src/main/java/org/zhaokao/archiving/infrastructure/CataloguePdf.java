package org.zhaokao.archiving.infrastructure;

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
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.zhaokao.archiving.domain.Manifest;
import org.zhaokao.plugins.api.records.RecruitmentRecord;
import org.zhaokao.plugins.api.records.StageRecord;
import org.zhaokao.ui.documents.PdfFont;
import org.zhaokao.ui.fonts.CjkFont;

/**
 * The human-readable catalogue of a package (档案目录, {@code catalogue.pdf}): the recruitment, who
 * built the package and when, its stages, and every record file with size and SHA-256, Chinese set
 * in the ui-kit's {@link CjkFont}. The catalogue itself is listed in {@code manifest.json}.
 */
public final class CataloguePdf {

  private CataloguePdf() {}

  /**
   * @param texts the plugin's messages in the catalogue's language
   * @param recruitment what is archived
   * @param records the record files the catalogue lists (the manifest without the catalogue)
   */
  public static byte[] of(ResourceBundle texts, RecruitmentRecord recruitment, Manifest records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(doc, out);
      doc.open();
      Font body = new Font(PdfFont.cjk(), 10);
      Font bold = new Font(PdfFont.cjk(), 10, Font.BOLD);
      Paragraph title =
          new Paragraph(
              MessageFormat.format(texts.getString("archiving.pdf.title"), recruitment.title()),
              new Font(PdfFont.cjk(), 16));
      title.setAlignment(Element.ALIGN_CENTER);
      title.setSpacingAfter(10);
      doc.add(title);
      doc.add(
          new Paragraph(
              MessageFormat.format(
                  texts.getString("archiving.pdf.recruitment"),
                  String.valueOf(recruitment.recruitmentId()),
                  String.valueOf(recruitment.employerId())),
              body));
      doc.add(
          new Paragraph(
              MessageFormat.format(
                  texts.getString("archiving.pdf.builtBy"),
                  records.builtByName(),
                  String.valueOf(records.builtBy()),
                  records.builtAt().toString()),
              body));
      doc.add(
          table(
              List.of(
                  texts.getString("archiving.pdf.seq"),
                  texts.getString("archiving.pdf.stage"),
                  texts.getString("archiving.pdf.phase"),
                  texts.getString("archiving.pdf.entrants"),
                  texts.getString("archiving.pdf.outcomes")),
              recruitment.stages().stream().map(CataloguePdf::stageRow).toList(),
              new float[] {1, 4, 3, 2, 2},
              body,
              bold));
      doc.add(
          table(
              List.of(
                  texts.getString("archiving.pdf.file"),
                  texts.getString("archiving.pdf.size"),
                  "SHA-256"),
              records.files().stream()
                  .map(f -> List.of(f.path(), String.valueOf(f.size()), f.sha256()))
                  .toList(),
              new float[] {5, 2, 8},
              new Font(PdfFont.cjk(), 8),
              bold));
      Paragraph note = new Paragraph(texts.getString("archiving.pdf.note"), body);
      note.setSpacingBefore(12);
      doc.add(note);
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot lay out the archive catalogue", e);
    } finally {
      if (doc.isOpen()) {
        doc.close();
      }
    }
    return out.toByteArray();
  }

  private static List<String> stageRow(StageRecord s) {
    return List.of(
        String.valueOf(s.seq()),
        s.stageId(),
        s.phase().name(),
        String.valueOf(s.entrants()),
        String.valueOf(s.outcomes().size()));
  }

  private static PdfPTable table(
      List<String> header, List<List<String>> rows, float[] widths, Font body, Font bold) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(10);
    table.setHeaderRows(1);
    for (String h : header) {
      PdfPCell c = new PdfPCell(new Phrase(h, bold));
      c.setPadding(4);
      table.addCell(c);
    }
    for (List<String> row : rows) {
      for (String cell : row) {
        PdfPCell c = new PdfPCell(new Phrase(cell, body));
        c.setPadding(3);
        table.addCell(c);
      }
    }
    return table;
  }
}
