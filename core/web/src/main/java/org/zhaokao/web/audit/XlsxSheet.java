package org.zhaokao.web.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook written with POI's streaming API: only a window of rows stays in memory, the
 * rest goes to a temporary file that POI deletes when the workbook is closed. Every cell is text,
 * so nothing an outsider typed is ever evaluated as a formula.
 */
public final class XlsxSheet implements AuditExport.Sheet {

  private static final int WINDOW = 200;
  private static final int MAX_CELL = 32_767;

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
  private final SXSSFSheet sheet;
  private final OutputStream out;
  private int next;

  public XlsxSheet(OutputStream out, String name) {
    this.out = out;
    this.sheet = workbook.createSheet(name);
  }

  @Override
  public void row(List<String> cells) {
    Row row = sheet.createRow(next++);
    for (int i = 0; i < cells.size(); i++) {
      String text = cells.get(i);
      row.createCell(i).setCellValue(text.length() > MAX_CELL ? text.substring(0, MAX_CELL) : text);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      workbook.write(out);
      out.flush();
    } finally {
      workbook.close();
    }
  }
}
