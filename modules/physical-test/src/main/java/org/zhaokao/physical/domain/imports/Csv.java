package org.zhaokao.physical.domain.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CSV a timing device exports (RFC 4180: commas, double-quoted fields, CRLF or LF, an
 * optional UTF-8 byte-order mark).
 */
public final class Csv {

  private Csv() {}

  /**
   * @throws IllegalArgumentException if the text is empty or a quote is left open
   */
  public static RawTable read(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<List<String>> records = records(body);
    if (records.isEmpty()) {
      throw new IllegalArgumentException("the file is empty: a header row is required");
    }
    List<RawTable.Row> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      rows.add(new RawTable.Row(i + 1, records.get(i)));
    }
    return new RawTable(records.get(0), rows);
  }

  private static List<List<String>> records(String s) {
    List<List<String>> out = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        out.add(record);
        record = new ArrayList<>();
        field.setLength(0);
        any = false;
      } else {
        field.append(c);
        any = true;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException(
          "the file ends inside a quoted field (record " + (out.size() + 1) + ")");
    }
    if (any || field.length() > 0) {
      record.add(field.toString());
      out.add(record);
    }
    return out;
  }
}
