package org.zhaokao.web.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark, which Excel needs to read Chinese correctly. A cell
 * that a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}) is
 * prefixed with an apostrophe: user agents and details come from outside and must not run when an
 * auditor opens the file.
 */
public final class CsvSheet implements AuditExport.Sheet {

  private final Writer out;

  public CsvSheet(OutputStream stream) throws IOException {
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    out.write('\uFEFF');
  }

  @Override
  public void row(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells.get(i)));
    }
    out.write("\r\n");
  }

  static String cell(String value) {
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
