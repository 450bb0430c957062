package org.zhaokao.web.recruitment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhaokao.recruitment.application.CandidateDocuments;

/**
 * The admission ticket is laid out with the embedded CJK font: its Chinese text can be extracted
 * again. The PDF is left in target/pdf for a look with pdftotext and a PDF viewer.
 */
class CandidatePdfsTest {

  @Test
  void theTicketCarriesItsChineseTextInTheEmbeddedFont() throws Exception {
    CandidateDocuments.Ticket ticket =
        new CandidateDocuments.Ticket(
            "张三",
            "1101**********2342",
            "FEMALE",
            "ZK-2026-02-00001",
            "2026年某市统计局所属事业单位公开招聘公告",
            "02",
            "统计调查岗",
            "统计调查科",
            List.of("综合基础知识", "统计专业知识"),
            "0571-86000001",
            "t1.1.WkstMjAyNg.00",
            java.util.Optional.of(
                new org.zhaokao.pipeline.application.flow.ScheduleForm(
                    java.time.OffsetDateTime.parse("2026-12-06T09:00:00+08:00"),
                    java.time.OffsetDateTime.parse("2026-12-06T11:00:00+08:00"),
                    "杭州市第十四中学")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    java.awt.image.BufferedImage face =
        new java.awt.image.BufferedImage(295, 413, java.awt.image.BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream photo = new ByteArrayOutputStream();
    javax.imageio.ImageIO.write(face, "png", photo);
    CandidatePdfs.ticket(
        ticket,
        java.util.Optional.of(photo.toByteArray()),
        "https://zhaokao.example.cn/zhaokao/ticket.xhtml?token=t",
        out);
    byte[] pdf = out.toByteArray();
    Path file = Path.of("target", "pdf", "ticket-sample.pdf");
    Files.createDirectories(file.getParent());
    Files.write(file, pdf);

    PdfReader reader = new PdfReader(pdf);
    try {
      String text = new PdfTextExtractor(reader).getTextFromPage(1);
      assertTrue(text.contains("准考证"), text);
      assertTrue(text.contains("张三") && text.contains("ZK-2026-02-00001"), text);
      assertTrue(text.contains("综合基础知识"), text);
      assertTrue(text.contains("2026-12-06 09:00") && text.contains("杭州市第十四中学"), text);
      String raw = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
      assertTrue(raw.contains("NotoSansSC-Regular"), "the font is embedded by name");
      // TrueType outlines (FontFile2): the CFF route drew wrong or no glyphs in viewers.
      assertTrue(raw.contains("/FontFile2"), "TrueType outlines are embedded");
      assertTrue(raw.contains("/Subtype/Image"), "the photo is printed");
    } finally {
      reader.close();
    }
  }
}
