package org.zhaokao.plugins.api.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhaokao.plugins.api.audit.AuditActor;

class IncidentReportTest {

  @Test
  void keepsAWellFormedReportWithTrimmedText() {
    IncidentReport r =
        new IncidentReport(
            1,
            2,
            "written-exam",
            "cheating",
            "  夹带纸条  ",
            List.of(" video-1 "),
            AuditActor.system());
    assertEquals("夹带纸条", r.facts());
    assertEquals(List.of("video-1"), r.evidenceRefs());
  }

  @Test
  void refusesMalformedReports() {
    AuditActor a = AuditActor.system();
    assertThrows(
        IllegalArgumentException.class,
        () -> new IncidentReport(0, 2, "written-exam", "cheating", "x", List.of(), a));
    assertThrows(
        IllegalArgumentException.class,
        () -> new IncidentReport(1, 2, "Written Exam", "cheating", "x", List.of(), a));
    assertThrows(
        IllegalArgumentException.class,
        () -> new IncidentReport(1, 2, "written-exam", "cheating", " ", List.of(), a));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new IncidentReport(
                1,
                2,
                "written-exam",
                "cheating",
                "x",
                Collections.nCopies(IncidentReport.MAX_EVIDENCE + 1, "e"),
                a));
  }

  @Test
  void aDisqualificationStatesItsReason() {
    assertThrows(IllegalArgumentException.class, () -> new Disqualification(1, " ", "ref"));
    assertEquals("代考", new Disqualification(1, " 代考 ", "incident-1").reason());
  }
}
