package org.zhaokao.physical.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.zhaokao.physical.domain.imports.RawTable;
import org.zhaokao.physical.domain.imports.ResultRows;
import org.zhaokao.physical.domain.imports.RowError;

class ExcelTablesTest {

  @Test
  void readsTheFirstSheetWithNumbersAsExcelShowsThem() throws IOException {
    RawTable table = ExcelTables.firstSheet(workbook("4:25", "abc"));
    assertEquals(3, table.rows().size());
    ResultRows.Parsed p = ResultRows.parse(table);
    assertEquals(1, p.errors().size(), p.errors().toString());
    assertEquals(
        new RowError(4, "value", "'abc' is not a figure: write 12.9, or a time as 4:25 or 4:25.3"),
        p.errors().get(0));
  }

  @Test
  void aGoodSheetGivesEveryRow() throws IOException {
    ResultRows.Parsed p = ResultRows.parse(ExcelTables.firstSheet(workbook("4:25", "266")));
    assertTrue(p.ok(), p.errors().toString());
    assertEquals(new BigDecimal("12.9"), p.entries().get(0).value());
    assertEquals(new BigDecimal("265"), p.entries().get(1).value());
    assertEquals("2026000001", p.entries().get(0).candidate());
  }

  @Test
  void somethingElseIsNotAWorkbook() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ExcelTables.firstSheet("ticket,item\n".getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] workbook(String time, String jump) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = wb.createSheet("成绩");
      String[][] rows = {
        {"准考证号", "项目", "次序", "成绩"},
        {"2026000001", "SHUTTLE_10X4", "1", null},
        {"2026000001", "RUN_1000", "1", time},
        {"2026000002", "VERTICAL_JUMP", "2", jump}
      };
      for (int i = 0; i < rows.length; i++) {
        Row r = s.createRow(i);
        for (int c = 0; c < 4; c++) {
          if (i == 1 && c == 3) {
            r.createCell(c).setCellValue(12.9);
          } else if (i > 0 && c == 2) {
            r.createCell(c).setCellValue(Integer.parseInt(rows[i][c]));
          } else {
            r.createCell(c).setCellValue(rows[i][c]);
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }
}
