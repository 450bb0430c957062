package org.zhaokao.medical.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

  @Test
  void toldByContentNotByName() {
    assertEquals(Optional.of(ReportFormat.PDF), ReportFormat.sniff(bytes("%PDF-1.7 ...")));
    assertEquals(
        Optional.of(ReportFormat.JPEG),
        ReportFormat.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0}));
    assertEquals(
        Optional.of(ReportFormat.PNG),
        ReportFormat.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}));
    assertEquals(Optional.empty(), ReportFormat.sniff(bytes("plain text named report.pdf")));
    assertEquals(Optional.empty(), ReportFormat.sniff(bytes("%PDF-")));
  }

  @Test
  void theNameMustSayTheSameFormat() {
    assertTrue(ReportFormat.PDF.named("体检报告.PDF"));
    assertTrue(ReportFormat.JPEG.named("scan.jpeg"));
    assertFalse(ReportFormat.PNG.named("scan.pdf"));
    assertFalse(ReportFormat.PDF.named("report"));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
