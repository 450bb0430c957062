package org.zhaokao.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

  @Test
  void threeYearsIsTheDefault() {
    assertEquals(1096, RetentionPolicy.parse(null).days());
    assertEquals(1096, RetentionPolicy.parse(" ").days());
    assertEquals(3650, RetentionPolicy.parse("3650").days());
  }

  @Test
  void refusesLessThanThreeYearsAndSaysWhy() {
    RetentionRefusedException e =
        assertThrows(RetentionRefusedException.class, () -> RetentionPolicy.parse("1095"));
    assertTrue(e.getMessage().contains("zhaokao.audit.retentionDays=1095"), e.getMessage());
    assertTrue(e.getMessage().contains("1096"), e.getMessage());
    assertThrows(RetentionRefusedException.class, () -> RetentionPolicy.parse("0"));
    assertThrows(RetentionRefusedException.class, () -> RetentionPolicy.parse("-5"));
    assertThrows(RetentionRefusedException.class, () -> RetentionPolicy.parse("three years"));
  }

  @Test
  void theCutoffIsTheRetentionBeforeNow() {
    Instant now = Instant.parse("2029-03-02T00:00:00Z");
    assertEquals(Instant.parse("2026-03-02T00:00:00Z"), new RetentionPolicy(1096).cutoff(now));
  }
}
