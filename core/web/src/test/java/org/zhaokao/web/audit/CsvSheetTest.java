package org.zhaokao.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvSheetTest {

  @Test
  void quotesWhatRfc4180Needs() {
    assertEquals("plain", CsvSheet.cell("plain"));
    assertEquals("\"a,b\"", CsvSheet.cell("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", CsvSheet.cell("say \"hi\""));
    assertEquals("\"two\nlines\"", CsvSheet.cell("two\nlines"));
    assertEquals("", CsvSheet.cell(""));
  }

  @Test
  void defusesCellsASpreadsheetWouldRunAsFormulas() {
    assertEquals("'=cmd|' /C calc'!A0", CsvSheet.cell("=cmd|' /C calc'!A0"));
    assertEquals("'+1+1", CsvSheet.cell("+1+1"));
    assertEquals("'-2", CsvSheet.cell("-2"));
    assertEquals("'@SUM(A1)", CsvSheet.cell("@SUM(A1)"));
    assertEquals("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"", CsvSheet.cell("=HYPERLINK(\"x\",\"y\")"));
  }

  @Test
  void startsWithAByteOrderMarkSoExcelReadsChinese() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CsvSheet sheet = new CsvSheet(out)) {
      sheet.row(List.of("时间", "操作"));
      sheet.row(List.of("2026-03-01T00:00:00.000000Z", "auth.login.failed"));
    }
    assertEquals(
        "\uFEFF时间,操作\r\n2026-03-01T00:00:00.000000Z,auth.login.failed\r\n",
        out.toString(StandardCharsets.UTF_8));
  }
}
