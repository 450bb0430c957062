package org.zhaokao.physical.domain.imports;

/**
 * What is wrong with one row of an import or a batch of results.
 *
 * @param row the row as the person sees it: in a file the header is row 1; in a REST batch the
 *     first entry is row 1
 * @param column the column's name, or empty when the row as a whole is wrong
 * @param message one English sentence
 */
public record RowError(int row, String column, String message) {

  @Override
  public String toString() {
    return "row " + row + (column.isEmpty() ? "" : ", column " + column) + ": " + message;
  }
}
