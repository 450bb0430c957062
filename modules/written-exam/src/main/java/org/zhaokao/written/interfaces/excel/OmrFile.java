package org.zhaokao.written.interfaces.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.zhaokao.written.application.OmrImport;
import org.zhaokao.written.application.UseCaseException;

/**
 * An OMR export as CSV (UTF-8, {@code ticket,answers}) or an Excel workbook (first sheet, columns A
 * and B); a first row whose first cell is not a ticket number ({@code 准考证号}, {@code ticket}) is a
 * header. Rows are numbered as a spreadsheet shows them.
 */
public final class OmrFile {

  private OmrFile() {}

  /**
   * @throws UseCaseException 422 when the upload is empty or unreadable
   */
  public static List<OmrImport.Line> read(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw UseCaseException.invalid(
          "omr.empty", "the upload is empty: send a CSV or .xlsx file", List.of());
    }
    List<List<String>> rows = isZip(bytes) ? workbook(bytes) : csv(bytes);
    List<OmrImport.Line> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      String first = r.isEmpty() ? "" : r.get(0).strip();
      if (r.stream().allMatch(String::isBlank) || (i == 0 && isHeader(first))) {
        continue;
      }
      lines.add(new OmrImport.Line(i + 1, first, r.size() > 1 ? r.get(1) : ""));
    }
    return lines;
  }

  private static boolean isHeader(String first) {
    String f = first.replace("\uFEFF", "").toLowerCase(Locale.ROOT);
    return f.contains("准考证") || f.contains("ticket");
  }

  private static boolean isZip(byte[] b) {
    return b.length > 3 && b[0] == 'P' && b[1] == 'K';
  }

  private static List<List<String>> csv(byte[] bytes) {
    List<List<String>> rows = new ArrayList<>();
    String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
    for (String line : text.split("\r?\n", -1)) {
      int comma = line.indexOf(',');
      rows.add(
          comma < 0
              ? List.of(line)
              : List.of(line.substring(0, comma), unquote(line.substring(comma + 1))));
    }
    return rows;
  }

  private static String unquote(String s) {
    String t = s.strip();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")
        ? t.substring(1, t.length() - 1)
        : t;
  }

  private static List<List<String>> workbook(byte[] bytes) {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      Sheet sheet = wb.getSheetAt(0);
      DataFormatter fmt = new DataFormatter(Locale.ROOT);
      List<List<String>> rows = new ArrayList<>();
      for (int i = 0; i <= sheet.getLastRowNum(); i++) {
        Row r = sheet.getRow(i);
        rows.add(
            r == null
                ? List.of("")
                : List.of(fmt.formatCellValue(r.getCell(0)), fmt.formatCellValue(r.getCell(1))));
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      throw UseCaseException.invalid(
          "omr.unreadable", "the upload is not a CSV file or an Excel workbook", List.of());
    }
  }
}
