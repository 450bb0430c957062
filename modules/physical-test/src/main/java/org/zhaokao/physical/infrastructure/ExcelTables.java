package org.zhaokao.physical.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.zhaokao.physical.domain.imports.RawTable;

/** Reads a workbook's first sheet as a {@link RawTable}: cells as Excel shows them. */
public final class ExcelTables {

  private ExcelTables() {}

  /**
   * @throws IllegalArgumentException if the bytes are not a workbook or the sheet is empty
   */
  public static RawTable firstSheet(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new IllegalArgumentException("the workbook is empty");
    }
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      Sheet sheet = wb.getSheetAt(0);
      DataFormatter format = new DataFormatter();
      List<String> header = null;
      List<RawTable.Row> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : format.formatCellValue(cell));
        }
        if (header == null) {
          header = cells;
        } else {
          rows.add(new RawTable.Row(row.getRowNum() + 1, cells));
        }
      }
      if (header == null) {
        throw new IllegalArgumentException(
            "the workbook's first sheet is empty: a header row is required");
      }
      return new RawTable(header, rows);
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae
          && iae.getMessage() != null
          && iae.getMessage().startsWith("the workbook")) {
        throw iae;
      }
      throw new IllegalArgumentException(
          "not an Excel workbook (.xlsx or .xls): " + e.getMessage());
    }
  }
}
