package org.zhaokao.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainHashTest {

  @Test
  void theCanonicalFormIsLengthPrefixedFieldsInAFixedOrder() {
    AuditRecord row = Rows.unlinked(7, "auth.login.failed").linkedAt(3, Rows.GENESIS);
    String text = new String(ChainHash.canonical(row), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("16:zhaokao-audit-v1\n1:3\n1:7\n27:2026-03-01T08:00:07.123456Z\n"));
    assertTrue(text.contains("\n17:auth.login.failed\n"));
    // 张 is three bytes in UTF-8: lengths count bytes, not characters.
    assertTrue(text.contains(":{\"candidate\":\"张*\",\"n\":\"7\"}\n"), text);
    assertTrue(text.endsWith("64:" + Rows.GENESIS + "\n"));
  }

  @Test
  void theHashIsSha256HexAndCoversThePreviousHash() {
    AuditRecord a = Rows.unlinked(7, "a.b").linkedAt(1, Rows.GENESIS);
    AuditRecord b = Rows.unlinked(7, "a.b").linkedAt(1, ChainHash.genesis("other"));
    assertTrue(a.hash().matches("[0-9a-f]{64}"));
    assertNotEquals(a.hash(), b.hash());
    assertEquals(a.hash(), ChainHash.of(a));
  }

  @Test
  void movingTextBetweenFieldsChangesTheHash() {
    AuditRecord base = Rows.unlinked(7, "a.b");
    AuditRecord shifted =
        new AuditRecord(
            base.id(),
            null,
            base.occurredAt(),
            base.actorId(),
            base.actorRole(),
            base.action(),
            base.targetType(),
            base.targetId(),
            base.result(),
            base.clientIp() + "\n11:Mozilla/5.0",
            "",
            base.details(),
            null,
            null);
    assertNotEquals(
        base.linkedAt(1, Rows.GENESIS).hash(), shifted.linkedAt(1, Rows.GENESIS).hash());
  }

  @Test
  void anUnlinkedRowHasNoHash() {
    assertThrows(IllegalArgumentException.class, () -> ChainHash.of(Rows.unlinked(1, "a.b")));
  }

  @Test
  void detailsEncodeInKeyOrderWithOneEscapingRule() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("z", "line\nbreak \"quoted\" back\\slash \u0001");
    details.put("a", "身份证 110101********1234");
    assertEquals(
        "{\"a\":\"身份证 110101********1234\",\"z\":\"line\\nbreak \\\"quoted\\\" back\\\\slash"
            + " \\u0001\"}",
        DetailsJson.encode(details));
    assertEquals("{}", DetailsJson.encode(Map.of()));
  }
}
