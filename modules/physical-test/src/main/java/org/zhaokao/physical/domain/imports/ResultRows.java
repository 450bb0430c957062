package org.zhaokao.physical.domain.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gives a {@link RawTable} the meaning of a results file: one row per attempt, with the columns
 * {@code ticket} (准考证号) or {@code application}, {@code item} (项目), {@code attempt} (次序) and {@code
 * value} (成绩), in any order. Every wrong cell is reported, by row and column.
 */
public final class ResultRows {

  private static final Map<String, String> ALIASES = aliases();

  private ResultRows() {}

  /** The entries, or the errors; never both. */
  public record Parsed(List<ResultEntry> entries, List<RowError> errors) {
    public Parsed {
      entries = List.copyOf(entries);
      errors = List.copyOf(errors);
    }

    public boolean ok() {
      return errors.isEmpty();
    }
  }

  public static Parsed parse(RawTable table) {
    Map<String, Integer> columns = new HashMap<>();
    List<RowError> errors = new ArrayList<>();
    for (int i = 0; i < table.header().size(); i++) {
      String name = ALIASES.get(table.header().get(i).trim().toLowerCase(Locale.ROOT));
      if (name != null && columns.putIfAbsent(name, i) != null) {
        errors.add(new RowError(1, name, "the column appears twice"));
      }
    }
    String candidate =
        columns.containsKey(ResultEntry.TICKET) ? ResultEntry.TICKET : ResultEntry.APPLICATION;
    for (String required : List.of(candidate, "item", "attempt", "value")) {
      if (!columns.containsKey(required)) {
        errors.add(
            new RowError(
                1,
                required,
                required.equals(candidate)
                    ? "a ticket or application column is required"
                    : "the column is missing"));
      }
    }
    if (!errors.isEmpty()) {
      return new Parsed(List.of(), errors);
    }
    List<ResultEntry> entries = new ArrayList<>();
    for (RawTable.Row row : table.rows()) {
      if (row.blank()) {
        continue;
      }
      int before = errors.size();
      String who = row.cell(columns.get(candidate));
      if (who.isEmpty()) {
        errors.add(new RowError(row.number(), candidate, "is empty"));
      } else if (candidate.equals(ResultEntry.APPLICATION) && !who.matches("\\d{1,18}")) {
        errors.add(new RowError(row.number(), candidate, "'" + who + "' is not an application id"));
      }
      String item = row.cell(columns.get("item"));
      if (item.isEmpty()) {
        errors.add(new RowError(row.number(), "item", "is empty"));
      }
      String attemptText = row.cell(columns.get("attempt"));
      int attempt = 0;
      if (!attemptText.matches("\\d{1,2}") || Integer.parseInt(attemptText) < 1) {
        errors.add(
            new RowError(
                row.number(),
                "attempt",
                "'" + attemptText + "' is not an attempt number (1, 2, ...)"));
      } else {
        attempt = Integer.parseInt(attemptText);
      }
      BigDecimal value = null;
      try {
        value = Measure.parse(row.cell(columns.get("value")));
      } catch (IllegalArgumentException e) {
        errors.add(new RowError(row.number(), "value", e.getMessage()));
      }
      if (errors.size() == before) {
        entries.add(new ResultEntry(row.number(), candidate, who, item, attempt, value));
      }
    }
    if (entries.isEmpty() && errors.isEmpty()) {
      errors.add(new RowError(2, "", "the file has no results"));
    }
    return errors.isEmpty() ? new Parsed(entries, List.of()) : new Parsed(List.of(), errors);
  }

  private static Map<String, String> aliases() {
    Map<String, String> m = new HashMap<>();
    for (String s : List.of("ticket", "ticket_number", "准考证号")) {
      m.put(s, ResultEntry.TICKET);
    }
    for (String s : List.of("application", "application_id", "报名号")) {
      m.put(s, ResultEntry.APPLICATION);
    }
    for (String s : List.of("item", "item_code", "项目", "项目代码")) {
      m.put(s, "item");
    }
    for (String s : List.of("attempt", "次序", "第几次")) {
      m.put(s, "attempt");
    }
    for (String s : List.of("value", "result", "成绩")) {
      m.put(s, "value");
    }
    return m;
  }
}
