package org.zhaokao.web.recruitment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.recruitment.application.PositionColumn;
import org.zhaokao.recruitment.application.PositionRows;

/**
 * The position import workbook (岗位导入) in Excel: the downloadable template, and the cell texts of an
 * uploaded one for {@link org.zhaokao.recruitment.application.PositionImport}. Cells are read as
 * Excel displays them (a formula by its last computed value), so "01" typed in a text cell stays
 * "01". Only .xlsx is accepted: anything that does not open as one is refused as a whole.
 */
public final class PositionWorkbook {

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String FILE_NAME = "position-template.xlsx";

  /** Ample for {@value PositionRows#MAX_ROWS} positions; larger uploads are refused unread. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  private static final String SHEET = "岗位";
  private static final int TEMPLATE_ROWS = PositionRows.MAX_ROWS + 1;

  private PositionWorkbook() {}

  /** Writes the template: the headers, one example row, and drop-downs for the choice columns. */
  public static void template(OutputStream out) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet(SHEET);
      CellStyle text = book.createCellStyle();
      text.setDataFormat(book.createDataFormat().getFormat("@"));
      CellStyle header = book.createCellStyle();
      header.cloneStyleFrom(text);
      Font bold = book.createFont();
      bold.setBold(true);
      header.setFont(bold);
      Row head = sheet.createRow(0);
      Row example = sheet.createRow(1);
      for (PositionColumn c : PositionColumn.values()) {
        Cell h = head.createCell(c.ordinal());
        h.setCellStyle(header);
        h.setCellValue(c.header());
        Cell e = example.createCell(c.ordinal());
        e.setCellStyle(text);
        e.setCellValue(c.example());
        // Text format for the whole column, so codes like 01 keep their leading zero.
        sheet.setDefaultColumnStyle(c.ordinal(), text);
        sheet.setColumnWidth(c.ordinal(), 16 * 256);
      }
      sheet.createFreezePane(0, 1);
      choices(sheet, PositionColumn.EDUCATION, "不限", "高中/中专", "大专", "本科", "硕士研究生", "博士研究生");
      choices(sheet, PositionColumn.DEGREE, "不限", "无学位", "学士", "硕士", "博士");
      choices(
          sheet,
          PositionColumn.POLITICAL_STATUS,
          "不限",
          "群众",
          "共青团员",
          "中共预备党员",
          "中共党员",
          "民主党派",
          "无党派人士");
      choices(sheet, PositionColumn.GENDER, "不限", "男", "女");
      book.write(out);
    }
  }

  private static void choices(Sheet sheet, PositionColumn c, String... values) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    var validation =
        helper.createValidation(
            helper.createExplicitListConstraint(values),
            new CellRangeAddressList(1, TEMPLATE_ROWS, c.ordinal(), c.ordinal()));
    validation.setShowErrorBox(true);
    sheet.addValidationData(validation);
  }

  /**
   * The cell texts of the first sheet, row by row (blank rows as empty lists).
   *
   * @throws InvalidInputException ({@code import.file}) when the bytes are not an .xlsx workbook
   */
  public static List<List<String>> read(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw notAWorkbook("The upload is empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw InvalidInputException.of(
          "file", "import.fileSize", "At most " + MAX_BYTES / 1024 + " KB", MAX_BYTES / 1024);
    }
    // An .xlsx is a ZIP package; checking its signature first keeps other files away from POI.
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
      throw notAWorkbook("Not an Excel .xlsx workbook");
    }
    try (InputStream in = new ByteArrayInputStream(bytes);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      if (book.getNumberOfSheets() == 0) {
        throw notAWorkbook("The workbook has no sheet");
      }
      return cells(book.getSheetAt(0));
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      throw notAWorkbook("Not an Excel .xlsx workbook");
    }
  }

  private static List<List<String>> cells(Sheet sheet) {
    DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    formatter.setUseCachedValuesForFormulaCells(true);
    int width = PositionColumn.values().length;
    List<List<String>> rows = new ArrayList<>();
    int last = Math.min(sheet.getLastRowNum(), TEMPLATE_ROWS + 1);
    for (int r = 0; r <= last; r++) {
      Row row = sheet.getRow(r);
      List<String> line = new ArrayList<>();
      if (row != null) {
        int end = Math.max(width, row.getLastCellNum());
        for (int c = 0; c < end; c++) {
          Cell cell = row.getCell(c);
          line.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
      }
      rows.add(line);
    }
    return rows;
  }

  private static InvalidInputException notAWorkbook(String message) {
    return InvalidInputException.of("file", "import.file", message);
  }
}
