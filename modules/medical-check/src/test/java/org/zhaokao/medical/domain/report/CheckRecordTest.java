package org.zhaokao.medical.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckRecordTest {

  private static final Checklist TICKED =
      Checklist.of(
          Map.of(
              "hospital-seal", true,
              "doctor-signature", true,
              "photo-matches", true,
              "all-items-complete", true));

  @Test
  void noUploadWithoutConsent() {
    CheckRecord r = new CheckRecord(1, 2, 3);
    assertThrows(IllegalStateException.class, () -> r.nextUpload(0));
    r.consent(Instant.EPOCH);
    assertEquals(1, r.nextUpload(0));
  }

  @Test
  void reExaminationAllowsExactlyOneMoreUpload() throws Exception {
    CheckRecord r = record();
    MedicalReport first = report(r, 1);
    r.submitted();
    r.judge(first, TICKED, "TJ1", Verdict.REEXAMINATION, "复检", 9, Instant.EPOCH);
    assertEquals(RecordStatus.REEXAMINATION, r.status());
    assertEquals(2, r.nextUpload(1));
    MedicalReport second = report(r, 2);
    r.submitted();
    assertThrows(
        IllegalStateException.class,
        () -> r.judge(second, TICKED, "TJ2", Verdict.REEXAMINATION, "again", 9, Instant.EPOCH));
    r.judge(second, TICKED, "TJ2", Verdict.FAIL, "不合格", 9, Instant.EPOCH);
    assertEquals(RecordStatus.FAILED, r.status());
    assertThrows(IllegalStateException.class, () -> r.nextUpload(2));
  }

  @Test
  void aForgedReportIsVoidAndFinal() throws Exception {
    CheckRecord r = record();
    MedicalReport m = report(r, 1);
    r.submitted();
    r.judge(m, TICKED, "", Verdict.FORGED, "伪造", 9, Instant.EPOCH);
    assertEquals(RecordStatus.VOID, r.status());
    assertEquals(true, r.status().decided());
    assertThrows(
        IllegalStateException.class,
        () -> r.judge(m, TICKED, "", Verdict.PASS, "", 9, Instant.EPOCH));
  }

  @Test
  void checklistNamesMissingAndUnknownItems() {
    assertThrows(IllegalArgumentException.class, () -> Checklist.of(Map.of("hospital-seal", true)));
    assertThrows(IllegalArgumentException.class, () -> Checklist.of(Map.of("stamp", true)));
    Checklist partly =
        Checklist.of(
            Map.of(
                "hospital-seal", false,
                "doctor-signature", true,
                "photo-matches", true,
                "all-items-complete", true));
    assertEquals(java.util.List.of("hospital-seal"), partly.unticked());
  }

  private static CheckRecord record() throws Exception {
    CheckRecord r = new CheckRecord(1, 2, 3);
    set(r, "id", 5L);
    r.consent(Instant.EPOCH);
    return r;
  }

  private static MedicalReport report(CheckRecord r, int seq) {
    return new MedicalReport(
        r.id(), seq, "r.pdf", ReportFormat.PDF, 9, "00", new byte[20], Instant.EPOCH);
  }

  private static void set(Object o, String field, Object value) throws Exception {
    Field f = o.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(o, value);
  }
}
