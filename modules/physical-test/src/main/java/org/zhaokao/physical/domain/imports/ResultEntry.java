package org.zhaokao.physical.domain.imports;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One attempt's figure as entered or imported, before it is checked against the recruitment: the
 * candidate by application id or by ticket number (准考证号), the item by code.
 *
 * @param row where it came from, for error messages
 * @param candidateColumn the column that names the candidate ({@code application} or {@code
 *     ticket})
 */
public record ResultEntry(
    int row, String candidateColumn, String candidate, String item, int attempt, BigDecimal value) {

  public static final String APPLICATION = "application";
  public static final String TICKET = "ticket";

  public ResultEntry {
    Objects.requireNonNull(candidateColumn, "candidateColumn");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(value, "value");
  }

  public boolean byTicket() {
    return TICKET.equals(candidateColumn);
  }
}
