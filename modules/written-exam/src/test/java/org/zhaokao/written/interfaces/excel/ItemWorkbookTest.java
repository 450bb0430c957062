package org.zhaokao.written.interfaces.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.zhaokao.written.domain.bank.ItemType;

class ItemWorkbookTest {

  @Test
  void theTemplateImportsAsFiveItemsOfEveryType() {
    ItemWorkbook.Parsed p = ItemWorkbook.read(ItemWorkbook.template());
    assertEquals(List.of(), p.errors());
    assertEquals(List.of(ItemType.values()), p.items().stream().map(i -> i.type()).toList());
    assertEquals("ACD", p.items().get(1).key());
  }

  @Test
  void wrongCellsAreNamedByRowAndColumnAndNothingIsImported() throws IOException {
    byte[] bytes;
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(ItemWorkbook.template()));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = wb.getSheetAt(0);
      s.getRow(1).getCell(10).setCellValue("Z"); // key of row 2 names no option
      s.getRow(3).getCell(11).setCellValue("两分"); // points of row 4 are no number
      wb.write(out);
      bytes = out.toByteArray();
    }
    ItemWorkbook.Parsed p = ItemWorkbook.read(bytes);
    assertEquals(List.of(), p.items());
    assertEquals(2, p.errors().size(), p.errors().toString());
    assertTrue(p.errors().get(0).startsWith("row 2, column K (答案): "), p.errors().toString());
    assertTrue(p.errors().get(1).startsWith("row 4, column L (分值): "), p.errors().toString());
  }

  @Test
  void somethingElseThanAWorkbookIsRefused() {
    assertEquals(
        List.of("the upload is not an Excel workbook (.xlsx)"),
        ItemWorkbook.read("题型,题干\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).errors());
  }
}
