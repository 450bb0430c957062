package org.zhaokao.physical.domain.imports;

import java.util.List;

/**
 * A table as read from a file, before any meaning: the header's cells and the data rows' cells,
 * each row with its number in the file.
 */
public record RawTable(List<String> header, List<Row> rows) {

  /** A data row and where it stands in the file. */
  public record Row(int number, List<String> cells) {
    public Row {
      cells = List.copyOf(cells);
    }

    public String cell(int index) {
      return index < cells.size() ? cells.get(index).trim() : "";
    }

    public boolean blank() {
      return cells.stream().allMatch(c -> c.isBlank());
    }
  }

  public RawTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }
}
