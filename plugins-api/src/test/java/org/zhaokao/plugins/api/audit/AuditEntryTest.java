package org.zhaokao.plugins.api.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

  @Test
  void anEntryDefaultsToSuccessWithoutTargetOrClient() {
    AuditEntry e = AuditEntry.builder("stage.plugin.registered", AuditActor.system()).build();
    assertEquals(AuditResult.SUCCESS, e.result());
    assertEquals("", e.targetType());
    assertEquals("", e.targetId());
    assertEquals("", e.clientIp());
    assertEquals("system", e.actor().id());
    assertTrue(e.details().isEmpty());
  }

  @Test
  void detailsAreKeptInKeyOrderAndCannotBeChangedAfterwards() {
    AuditEntry e =
        AuditEntry.builder("application.review.rejected", AuditActor.account("42", "reviewer"))
            .detail("zeta", "1")
            .detail("alpha", "2")
            .build();
    assertEquals(List.of("alpha", "zeta"), List.copyOf(e.details().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> e.details().put("x", "y"));
  }

  @Test
  void refusesActionsThatAreNotDottedLowerCaseWords() {
    for (String action : List.of("login", "Auth.Login", "auth..login", "auth.login.", "授权.失败")) {
      assertThrows(
          IllegalArgumentException.class,
          () -> AuditEntry.builder(action, AuditActor.anonymous()).build(),
          action);
    }
  }

  @Test
  void refusesATargetIdWithoutTypeAndAnAddressThatIsNotOne() {
    assertThrows(
        IllegalArgumentException.class,
        () -> AuditEntry.builder("a.b", AuditActor.system()).target("", "7").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> AuditEntry.builder("a.b", AuditActor.system()).client("<script>", "").build());
  }

  @Test
  void cutsALongUserAgentInsteadOfFailingTheCaller() {
    AuditEntry e =
        AuditEntry.builder("auth.login.failed", AuditActor.anonymous())
            .client("203.0.113.9", "x".repeat(2000))
            .result(AuditResult.FAILED)
            .build();
    assertEquals(AuditEntry.MAX_USER_AGENT, e.userAgent().length());
  }

  @Test
  void refusesBadDetailKeysAndOverlongValues() {
    Map<String, String> nullKey = new HashMap<>();
    nullKey.put(null, "v");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new AuditEntry(
                "a.b", AuditActor.system(), "", "", AuditResult.SUCCESS, "", "", nullKey));
    assertThrows(
        IllegalArgumentException.class,
        () -> AuditEntry.builder("a.b", AuditActor.system()).detail("1st", "v").build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AuditEntry.builder("a.b", AuditActor.system())
                .detail("k", "v".repeat(AuditEntry.MAX_DETAIL_VALUE + 1))
                .build());
  }

  @Test
  void theReservedActorIdsAreNotAccounts() {
    assertThrows(IllegalArgumentException.class, () -> AuditActor.account("system", "admin"));
    assertThrows(IllegalArgumentException.class, () -> AuditActor.account("anonymous", "x"));
    assertThrows(IllegalArgumentException.class, () -> AuditActor.account(" ", "x"));
  }
}
