package org.zhaokao.recruitment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhaokao.platform.validation.FieldProblem;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.recruitment.domain.recruitment.EducationLevel;
import org.zhaokao.recruitment.domain.recruitment.PoliticalStatus;

class PositionRowsTest {

  private static List<String> example() {
    return Stream.of(PositionColumn.values()).map(PositionColumn::example).toList();
  }

  private static List<String> with(List<String> row, PositionColumn c, String value) {
    List<String> copy = new ArrayList<>(row);
    copy.set(c.ordinal(), value);
    return copy;
  }

  private static List<FieldProblem> problems(List<List<String>> cells) {
    return assertThrows(InvalidInputException.class, () -> PositionRows.read(cells, Set.of("09")))
        .problems();
  }

  @Test
  void readsTheTemplatesExampleRowWithChineseLabelsAndLists() {
    List<PositionRows.Row> rows =
        PositionRows.read(List.of(PositionColumn.headers(), example(), List.of("", " ")), Set.of());
    assertEquals(1, rows.size());
    PositionRows.Row row = rows.get(0);
    assertEquals(2, row.row());
    assertEquals("01", row.code());
    assertEquals(2, row.details().headcount());
    assertEquals(
        EducationLevel.BACHELOR, row.details().requirements().minEducation().orElseThrow());
    assertEquals(
        PoliticalStatus.CPC_MEMBER, row.details().requirements().politicalStatus().orElseThrow());
    assertEquals(List.of("计算机科学与技术", "软件工程"), row.details().requirements().majors());
    assertEquals(List.of("综合基础知识", "统计专业知识"), row.details().examSubjects());
  }

  @Test
  void reportsEveryWrongCellByRowAndColumn() {
    List<String> good = example();
    List<List<String>> cells =
        List.of(
            PositionColumn.headers(),
            with(good, PositionColumn.HEADCOUNT, "两人"),
            with(with(good, PositionColumn.CODE, "02"), PositionColumn.EDUCATION, "小学"),
            with(with(good, PositionColumn.CODE, "03"), PositionColumn.MAX_AGE, "12"),
            with(with(good, PositionColumn.CODE, "04"), PositionColumn.TITLE, ""),
            with(good, PositionColumn.HEADCOUNT, "3"),
            with(good, PositionColumn.CODE, "09"));
    List<FieldProblem> p = problems(cells);
    assertEquals(
        List.of("D2", "E3", "I4", "B5", "A6", "A7"), p.stream().map(FieldProblem::field).toList());
    assertEquals("import.codeTaken", p.get(5).code());
    assertEquals("import.integer", p.get(0).code());
    assertEquals(List.of(2, "D", "招聘人数"), p.get(0).arguments());
    assertEquals("import.choice", p.get(1).code());
    assertTrue(p.get(1).arguments().get(3).toString().contains("本科"));
    assertEquals("import.age", p.get(2).code());
    assertEquals("import.text", p.get(3).code());
    assertEquals("import.codeTwice", p.get(4).code());
    assertEquals(List.of(6, "A", "岗位代码", 2), p.get(4).arguments());
    assertTrue(p.get(0).message().startsWith("Row 2, column D"), p.get(0).message());
  }

  @Test
  void refusesASheetWhoseHeadersAreNotTheTemplates() {
    List<String> headers = new ArrayList<>(PositionColumn.headers());
    headers.set(3, "人数");
    headers.add("备注");
    List<FieldProblem> p = problems(List.of(headers, example()));
    assertEquals(List.of("D1", "R1"), p.stream().map(FieldProblem::field).toList());
    assertEquals(List.of("D", "招聘人数"), p.get(0).arguments());
    assertEquals("import.headers.extra", p.get(1).code());
  }

  @Test
  void refusesAnEmptySheet() {
    assertEquals("import.empty", problems(List.of(PositionColumn.headers())).get(0).code());
    assertEquals("import.headers", problems(List.of()).get(0).code());
  }
}
