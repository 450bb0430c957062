package org.zhaokao.written.domain.preexam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhaokao.written.domain.paper.PaperMode;
import org.zhaokao.written.domain.paper.WrittenExam;

class ExamRulesTest {

  private static final Instant START = Instant.parse("2026-12-01T01:00:00Z");

  private static WrittenExam planned() {
    WrittenExam e = new WrittenExam(7, 1, "key");
    e.plan(START, START.plusSeconds(7200), 90, PaperMode.FIXED, "{}");
    return e;
  }

  @Test
  void theDigestNamesTheVeryTextAndBlankRulesAreNone() {
    assertEquals(64, ExamRules.digest("须知").length());
    assertEquals(ExamRules.digest("须知"), ExamRules.digest(ExamRules.normalise("  须知\n")));
    assertNotEquals(ExamRules.digest("须知"), ExamRules.digest("须知。"));
    assertNull(ExamRules.normalise("   "));
    assertNull(ExamRules.digest(null));
  }

  @Test
  void rulesChangeAfterThePapersButNotAfterTheStart() {
    WrittenExam e = planned();
    e.papersGenerated(START.minusSeconds(86400));
    assertThrows(IllegalStateException.class, () -> e.planRules("须知"));
    e.changeRules("须知", START.minusSeconds(60));
    assertEquals(ExamRules.digest("须知"), e.rulesDigest());
    assertThrows(IllegalStateException.class, () -> e.changeRules("新须知", START));
    assertEquals("须知", e.rules(), "unchanged");
  }

  @Test
  void rulesTooLongAreRefused() {
    WrittenExam e = planned();
    String text = "x".repeat(ExamRules.MAX_LENGTH + 1);
    assertThrows(IllegalArgumentException.class, () -> e.planRules(text));
    assertNull(e.rules());
  }

  @Test
  void aDeviceCheckNamesWhatFailedInPageOrder() {
    DeviceCheck.Result r = new DeviceCheck.Result(false, true, true, false, true, 20);
    assertEquals(List.of(DeviceCheck.Item.CAMERA, DeviceCheck.Item.FULLSCREEN), r.failed());
    assertThrows(
        IllegalArgumentException.class,
        () -> new DeviceCheck.Result(true, true, true, true, true, 101));
  }
}
