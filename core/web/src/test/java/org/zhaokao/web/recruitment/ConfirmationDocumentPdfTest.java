package org.zhaokao.web.recruitment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhaokao.recruitment.application.ConfirmationDocuments;

/**
 * The confirmation document lists every confirmed result by position, and its foot (digest and QR
 * code) never lands on the table, however long the list. Left in target/pdf for a look.
 */
class ConfirmationDocumentPdfTest {

  private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-20T10:30:00+08:00");

  @Test
  void aLongListKeepsEveryCandidateAndPutsTheFootOnItsOwnSpace() throws Exception {
    List<ConfirmationDocuments.Line> lines = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      lines.add(
          new ConfirmationDocuments.Line(
              i <= 25 ? "01" : "02",
              i <= 25 ? "综合管理岗" : "统计调查岗",
              "考生" + i,
              "1101**********23" + (i % 10) + "2",
              i % 7 == 0 ? "REJECTED" : "APPROVED",
              i % 7 == 0 ? null : "ZK-2026-00" + i,
              "单位联络员",
              AT.plusMinutes(i)));
    }
    String digest = "ab".repeat(32);
    ConfirmationDocuments.Sheet sheet =
        new ConfirmationDocuments.Sheet(
            "ZK2026-07",
            "2026年某市统计局所属事业单位公开招聘",
            "某市统计局",
            lines,
            List.of("单位联络员"),
            AT.plusMinutes(40),
            digest,
            "c1.7." + digest + ".sig");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConfirmationDocumentPdf.write(
        sheet, "https://zhaokao.example.cn/zhaokao/confirmation-document.xhtml?token=t", out);
    byte[] pdf = out.toByteArray();
    Path file = Path.of("target", "pdf", "confirmation-sample.pdf");
    Files.createDirectories(file.getParent());
    Files.write(file, pdf);

    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder all = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        all.append(extractor.getTextFromPage(page)).append('\n');
      }
      String text = all.toString();
      assertTrue(text.contains("用人单位确认书") && text.contains("ZK2026-07"), text);
      assertTrue(text.contains("合格 35 人，不合格 5 人"), text);
      for (int i = 1; i <= 40; i++) {
        assertTrue(text.contains("考生" + i), "candidate " + i + " listed");
      }
      String last = extractor.getTextFromPage(reader.getNumberOfPages());
      assertTrue(last.contains(digest), "the digest is on the last page, with the QR code");
      assertFalse(text.contains("null"), text);
    } finally {
      reader.close();
    }
  }
}
