package org.zhaokao.recruitment.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.zhaokao.platform.validation.FieldProblem;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.recruitment.domain.recruitment.Degree;
import org.zhaokao.recruitment.domain.recruitment.EducationLevel;
import org.zhaokao.recruitment.domain.recruitment.Gender;
import org.zhaokao.recruitment.domain.recruitment.PoliticalStatus;
import org.zhaokao.recruitment.domain.recruitment.Position;

/**
 * Reads the cells of a position import workbook into positions, checked by the same rules as one
 * typed in ({@link PositionEditing#check}). Every problem of every row is collected and reported at
 * once by cell — the field is the cell reference ({@code D3}), the arguments are row, column and
 * header first — so an editor fixes the whole sheet in one pass. Knows nothing of Excel: the web
 * layer hands over the cell texts as displayed.
 */
public final class PositionRows {

  /** More positions than this in one recruitment is a mistake, not a workbook. */
  public static final int MAX_ROWS = 500;

  private static final Map<String, EducationLevel> EDUCATION =
      labels(
          EducationLevel.values(),
          Map.of(
              "高中/中专", EducationLevel.SECONDARY,
              "高中", EducationLevel.SECONDARY,
              "中专", EducationLevel.SECONDARY,
              "大专", EducationLevel.JUNIOR_COLLEGE,
              "本科", EducationLevel.BACHELOR,
              "硕士研究生", EducationLevel.MASTER,
              "研究生", EducationLevel.MASTER,
              "博士研究生", EducationLevel.DOCTOR));
  private static final Map<String, Degree> DEGREE =
      labels(
          Degree.values(),
          Map.of(
              "无学位", Degree.NONE,
              "学士", Degree.BACHELOR,
              "硕士", Degree.MASTER,
              "博士", Degree.DOCTOR));
  private static final Map<String, PoliticalStatus> POLITICAL =
      labels(
          PoliticalStatus.values(),
          Map.of(
              "群众", PoliticalStatus.MASSES,
              "共青团员", PoliticalStatus.CYL_MEMBER,
              "中共预备党员", PoliticalStatus.CPC_PROBATIONARY,
              "中共党员", PoliticalStatus.CPC_MEMBER,
              "民主党派", PoliticalStatus.DEMOCRATIC_PARTY,
              "无党派人士", PoliticalStatus.NON_PARTISAN));
  private static final Map<String, Gender> GENDER =
      labels(Gender.values(), Map.of("男", Gender.MALE, "女", Gender.FEMALE));

  /**
   * One position read from the sheet.
   *
   * @param row its row number in the sheet (the header is row 1)
   * @param code its code
   * @param details the checked details
   */
  public record Row(int row, String code, Position.Details details) {}

  private final List<FieldProblem> problems = new ArrayList<>();

  private PositionRows() {}

  /**
   * The positions of the sheet, in row order.
   *
   * @param cells rows of cell texts, the header row first; a blank row is skipped
   * @param taken codes the recruitment has already
   * @throws InvalidInputException naming every wrong cell, when any is
   */
  public static List<Row> read(List<List<String>> cells, Set<String> taken) {
    return new PositionRows().readAll(cells, taken);
  }

  private List<Row> readAll(List<List<String>> cells, Set<String> taken) {
    if (cells.isEmpty() || !headersFine(cells.get(0))) {
      if (cells.isEmpty()) {
        problems.add(
            FieldProblem.of(
                "A1", "import.headers", "The first row holds the template's headers", "A", ""));
      }
      throw new InvalidInputException(problems);
    }
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> codes = new HashMap<>();
    for (int i = 1; i < cells.size(); i++) {
      List<String> line = cells.get(i);
      if (line.stream().allMatch(c -> c == null || c.isBlank())) {
        continue;
      }
      Row row = row(i + 1, line);
      String code = text(line, PositionColumn.CODE);
      Integer first = code == null ? null : codes.putIfAbsent(code, i + 1);
      if (taken.contains(code)) {
        cell(
            i + 1,
            PositionColumn.CODE,
            "import.codeTaken",
            "The recruitment has position " + code + " already",
            code);
      } else if (first != null) {
        cell(
            i + 1,
            PositionColumn.CODE,
            "import.codeTwice",
            "The code is already used in row " + first,
            first);
      } else if (row != null) {
        rows.add(row);
      }
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(FieldProblem.of("A2", "import.empty", "The sheet has no position rows"));
    }
    if (rows.size() > MAX_ROWS) {
      problems.add(
          FieldProblem.of(
              "A" + (MAX_ROWS + 2),
              "import.tooMany",
              "At most " + MAX_ROWS + " positions per workbook",
              MAX_ROWS));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return rows;
  }

  private boolean headersFine(List<String> headers) {
    for (PositionColumn c : PositionColumn.values()) {
      String found = at(headers, c);
      if (!c.header().equals(found)) {
        problems.add(
            FieldProblem.of(
                c.letter() + "1",
                "import.headers",
                "Column " + c.letter() + " must be headed " + c.header(),
                c.letter(),
                c.header()));
      }
    }
    for (int i = PositionColumn.values().length; i < headers.size(); i++) {
      if (headers.get(i) != null && !headers.get(i).isBlank()) {
        String letter = String.valueOf((char) ('A' + Math.min(i, 25)));
        problems.add(
            FieldProblem.of(
                letter + "1",
                "import.headers.extra",
                "Column " + letter + " is not part of the template",
                letter));
      }
    }
    return problems.isEmpty();
  }

  /** The row's position, or null when a cell is wrong (then problems say which). */
  private Row row(int n, List<String> line) {
    int before = problems.size();
    Set<PositionColumn> wrong = java.util.EnumSet.noneOf(PositionColumn.class);
    Integer headcount = integer(n, line, PositionColumn.HEADCOUNT, wrong);
    Integer minAge = integer(n, line, PositionColumn.MIN_AGE, wrong);
    Integer maxAge = integer(n, line, PositionColumn.MAX_AGE, wrong);
    Integer experience = integer(n, line, PositionColumn.EXPERIENCE, wrong);
    Integer ratio = integer(n, line, PositionColumn.INTERVIEW_RATIO, wrong);
    EducationLevel education = choice(n, line, PositionColumn.EDUCATION, EDUCATION, wrong);
    Degree degree = choice(n, line, PositionColumn.DEGREE, DEGREE, wrong);
    PoliticalStatus political = choice(n, line, PositionColumn.POLITICAL_STATUS, POLITICAL, wrong);
    Gender gender = choice(n, line, PositionColumn.GENDER, GENDER, wrong);
    String code = text(line, PositionColumn.CODE);
    PositionForm form =
        new PositionForm(
            code,
            text(line, PositionColumn.TITLE),
            text(line, PositionColumn.DEPARTMENT),
            headcount,
            new PositionForm.RequirementsForm(
                education,
                degree,
                list(line, PositionColumn.MAJORS),
                minAge,
                maxAge,
                political,
                experience,
                text(line, PositionColumn.HOUSEHOLD),
                gender,
                text(line, PositionColumn.OTHER)),
            list(line, PositionColumn.SUBJECTS),
            ratio,
            list(line, PositionColumn.EXTRA_FIELDS));
    Position.Details details = null;
    try {
      details = PositionEditing.check(form, true);
    } catch (InvalidInputException e) {
      for (FieldProblem p : e.problems()) {
        PositionColumn c = PositionColumn.of(p.field());
        if (!wrong.contains(c)) {
          Object[] args = p.arguments().toArray();
          cell(n, c, "import." + p.code(), p.message(), args);
          wrong.add(c);
        }
      }
    }
    return problems.size() > before || details == null ? null : new Row(n, code, details);
  }

  private void cell(int row, PositionColumn c, String code, String message, Object... more) {
    Object[] args = new Object[3 + more.length];
    args[0] = row;
    args[1] = c.letter();
    args[2] = c.header();
    System.arraycopy(more, 0, args, 3, more.length);
    problems.add(
        FieldProblem.of(
            c.letter() + row,
            code,
            "Row " + row + ", column " + c.letter() + " (" + c.header() + "): " + message,
            args));
  }

  private Integer integer(int row, List<String> line, PositionColumn c, Set<PositionColumn> wrong) {
    String t = text(line, c);
    if (t == null) {
      return null;
    }
    if (!t.matches("[0-9]{1,6}")) {
      cell(row, c, "import.integer", "Must be a whole number");
      wrong.add(c);
      return null;
    }
    return Integer.valueOf(t);
  }

  private <E> E choice(
      int row,
      List<String> line,
      PositionColumn c,
      Map<String, E> labels,
      Set<PositionColumn> wrong) {
    String t = text(line, c);
    if (t == null || t.equals("不限")) {
      return null;
    }
    E e = labels.get(t.toUpperCase(Locale.ROOT));
    if (e == null) {
      String allowed = String.join("、", zhLabels(labels));
      cell(row, c, "import.choice", "Must be one of " + labels.keySet(), allowed);
      wrong.add(c);
    }
    return e;
  }

  private static String text(List<String> line, PositionColumn c) {
    String t = at(line, c);
    return t == null || t.isBlank() ? null : t.strip();
  }

  private static List<String> list(List<String> line, PositionColumn c) {
    String t = text(line, c);
    return t == null
        ? List.of()
        : Arrays.stream(t.split(PositionColumn.SEPARATORS))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
  }

  private static String at(List<String> line, PositionColumn c) {
    return c.ordinal() < line.size() ? line.get(c.ordinal()) : null;
  }

  /** Chinese labels, and the enum names for those who type them. */
  private static <E extends Enum<E>> Map<String, E> labels(E[] values, Map<String, E> zh) {
    Map<String, E> all = new LinkedHashMap<>();
    for (E e : values) {
      zh.entrySet().stream()
          .filter(x -> x.getValue() == e)
          .map(Map.Entry::getKey)
          .sorted(java.util.Comparator.comparingInt(String::length).reversed())
          .forEach(k -> all.put(k, e));
    }
    for (E e : values) {
      all.put(e.name(), e);
    }
    return all;
  }

  private static <E> List<String> zhLabels(Map<String, E> labels) {
    Function<String, Boolean> latin = k -> k.chars().allMatch(ch -> ch < 128);
    return labels.keySet().stream().filter(k -> !latin.apply(k)).toList();
  }
}
