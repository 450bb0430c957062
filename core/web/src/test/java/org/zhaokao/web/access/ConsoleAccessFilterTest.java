package org.zhaokao.web.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConsoleAccessFilterTest {

  @Test
  void demoModeOpensTheConsoleToLoopbackOnly() {
    assertTrue(ConsoleAccessFilter.allowed(true, "127.0.0.1", null, null));
    assertTrue(ConsoleAccessFilter.allowed(true, "::1", null, null));
    assertTrue(ConsoleAccessFilter.allowed(true, "0:0:0:0:0:0:0:1", null, null));
    assertFalse(ConsoleAccessFilter.allowed(true, "192.0.2.10", null, null));
    assertFalse(ConsoleAccessFilter.allowed(true, "localhost.example.com", null, null));
    assertFalse(ConsoleAccessFilter.allowed(true, null, null, null));
  }

  @Test
  void outsideDemoModeNobodyGetsIn() {
    assertFalse(ConsoleAccessFilter.allowed(false, "127.0.0.1", null, null));
  }

  @Test
  void aForwardedRequestIsNeverTakenForLocal() {
    assertFalse(ConsoleAccessFilter.allowed(true, "127.0.0.1", "for=203.0.113.7", null));
    assertFalse(ConsoleAccessFilter.allowed(true, "127.0.0.1", null, "203.0.113.7"));
  }
}
