package org.zhaokao.it.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Position import workbooks made from the downloaded template, as an editor fills them in. */
public final class PositionWorkbooks {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String TEMPLATE =
      Recruiting.ADMIN_API + "/recruitments/position-template.xlsx";

  private PositionWorkbooks() {}

  /** The template as the administrator downloads it. */
  public static XSSFWorkbook template() {
    HttpResponse<byte[]> r = Admin.getBytes(TEMPLATE);
    if (r.statusCode() != 200 || !XLSX.equals(r.headers().firstValue("Content-Type").orElse(""))) {
      throw new AssertionError("template: " + r.statusCode() + " " + r.headers());
    }
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(r.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the example row (row 2) to another row (1-based, as Excel shows it) with a new code. */
  public static void copyExample(XSSFWorkbook book, int toRow, String code) {
    Sheet sheet = book.getSheetAt(0);
    Row example = sheet.getRow(1);
    Row row = sheet.createRow(toRow - 1);
    for (int c = 0; c < example.getLastCellNum(); c++) {
      row.createCell(c).setCellValue(example.getCell(c).getStringCellValue());
    }
    row.getCell(0).setCellValue(code);
  }

  /**
   * Sets cells — row number (1-based), column letter, text, repeated — and returns the workbook's
   * bytes.
   */
  public static byte[] with(XSSFWorkbook book, Object... cells) {
    Sheet sheet = book.getSheetAt(0);
    for (int i = 0; i < cells.length; i += 3) {
      int row = (Integer) cells[i] - 1;
      int column = ((String) cells[i + 1]).charAt(0) - 'A';
      Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
      r.createCell(column).setCellValue((String) cells[i + 2]);
    }
    try (book) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
