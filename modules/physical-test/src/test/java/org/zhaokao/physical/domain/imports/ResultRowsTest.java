package org.zhaokao.physical.domain.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultRowsTest {

  @Test
  void readsATimingDeviceExportWithQuotesBomAndMinuteTimes() {
    String csv =
        "\uFEFFticket,item,attempt,value\r\n"
            + "\"2026010203\",RUN_1000,1,4:25.3\r\n"
            + "2026010204,SHUTTLE_10X4,2,\"12.9\"\r\n"
            + "\r\n";
    ResultRows.Parsed p = ResultRows.parse(Csv.read(csv));
    assertTrue(p.ok(), p.errors().toString());
    assertEquals(2, p.entries().size());
    ResultEntry first = p.entries().get(0);
    assertEquals("2026010203", first.candidate());
    assertTrue(first.byTicket());
    assertEquals(new BigDecimal("265.3"), first.value());
    assertEquals(2, first.row());
    assertEquals(3, p.entries().get(1).row());
    assertEquals(2, p.entries().get(1).attempt());
  }

  @Test
  void columnsMayComeInAnyOrderWithChineseNames() {
    String csv = "成绩,项目,次序,报名号\n266,VERTICAL_JUMP,3,42\n";
    ResultRows.Parsed p = ResultRows.parse(Csv.read(csv));
    assertTrue(p.ok(), p.errors().toString());
    ResultEntry e = p.entries().get(0);
    assertEquals("42", e.candidate());
    assertEquals(ResultEntry.APPLICATION, e.candidateColumn());
    assertEquals("VERTICAL_JUMP", e.item());
    assertEquals(3, e.attempt());
  }

  @Test
  void everyWrongCellIsReportedByRowAndColumnAndNoEntryIsKept() {
    String csv =
        "application,item,attempt,value\n"
            + "41,RUN_1000,1,4:25\n"
            + "abc,RUN_1000,0,fast\n"
            + "43,,1,12.5\n";
    ResultRows.Parsed p = ResultRows.parse(Csv.read(csv));
    assertEquals(List.of(), p.entries());
    assertEquals(
        List.of(
            new RowError(3, "application", "'abc' is not an application id"),
            new RowError(3, "attempt", "'0' is not an attempt number (1, 2, ...)"),
            new RowError(
                3, "value", "'fast' is not a figure: write 12.9, or a time as 4:25 or 4:25.3"),
            new RowError(4, "item", "is empty")),
        p.errors());
  }

  @Test
  void aMissingColumnIsReportedOnTheHeaderRow() {
    ResultRows.Parsed p = ResultRows.parse(Csv.read("ticket,item,value\n1,RUN_1000,200\n"));
    assertEquals(List.of(new RowError(1, "attempt", "the column is missing")), p.errors());
  }

  @Test
  void aFileWithOnlyAHeaderHasNoResults() {
    ResultRows.Parsed p = ResultRows.parse(Csv.read("ticket,item,attempt,value\n"));
    assertEquals(1, p.errors().size());
  }

  @Test
  void anOpenQuoteIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Csv.read("ticket,item\n\"1,RUN"));
  }

  @Test
  void measuresReadDecimalsAndMinutesAndSeconds() {
    assertEquals(new BigDecimal("12.9"), Measure.parse(" 12.9 "));
    assertEquals(new BigDecimal("265"), Measure.parse("4'25\""));
    assertEquals(new BigDecimal("260.5"), Measure.parse("4:20.5"));
    assertThrows(IllegalArgumentException.class, () -> Measure.parse("-1"));
    assertThrows(IllegalArgumentException.class, () -> Measure.parse("4:75"));
  }
}
