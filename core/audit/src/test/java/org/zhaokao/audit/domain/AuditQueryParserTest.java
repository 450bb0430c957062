package org.zhaokao.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhaokao.plugins.api.audit.AuditResult;

class AuditQueryParserTest {

  @Test
  void readsEveryFilterAndTreatsBlankAsNoCondition() {
    AuditQueryParser p = new AuditQueryParser();
    AuditFilter f =
        p.filter(
            "2026-03-01T00:00:00+08:00",
            "2026-03-02T00:00:00Z",
            "1024",
            "auth.*",
            "",
            " ",
            "denied");
    p.check();
    assertEquals(Instant.parse("2026-02-28T16:00:00Z"), f.from());
    assertEquals("1024", f.actorId());
    assertEquals("auth.", f.actionPrefix());
    assertNull(f.targetType());
    assertNull(f.targetId());
    assertEquals(AuditResult.DENIED, f.result());
  }

  @Test
  void namesEveryBadFieldAtOnce() {
    AuditQueryParser p = new AuditQueryParser();
    p.filter("yesterday", "2026-03-01", null, "DROP TABLE", null, "x".repeat(101), "maybe");
    p.integer("size", "100000", 50, 1, 500);
    p.integer("page", "-1", 0, 0, Integer.MAX_VALUE);
    InvalidAuditQueryException e = assertThrows(InvalidAuditQueryException.class, p::check);
    assertEquals(
        List.of("from", "to", "action", "targetId", "result", "size", "page"),
        e.errors().stream().map(InvalidAuditQueryException.FieldError::field).toList());
  }

  @Test
  void refusesAnEmptyTimeRange() {
    AuditQueryParser p = new AuditQueryParser();
    p.filter("2026-03-02T00:00:00Z", "2026-03-01T00:00:00Z", null, null, null, null, null);
    InvalidAuditQueryException e = assertThrows(InvalidAuditQueryException.class, p::check);
    assertEquals("BEFORE_FROM", e.errors().get(0).code());
  }
}
