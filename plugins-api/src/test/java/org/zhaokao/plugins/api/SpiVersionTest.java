package org.zhaokao.plugins.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpiVersionTest {

  @Test
  void pluginBuiltForAnOlderMinorRunsOnANewerCore() {
    assertTrue(SpiVersion.parse("1.0").incompatibilityWith(SpiVersion.parse("1.3")).isEmpty());
    assertTrue(SpiVersion.parse("1.3").incompatibilityWith(SpiVersion.parse("1.3")).isEmpty());
  }

  @Test
  void pluginBuiltForANewerMinorIsRefusedWithTheReason() {
    String reason =
        SpiVersion.parse("1.4").incompatibilityWith(SpiVersion.parse("1.3")).orElseThrow();
    assertTrue(reason.contains("1.4") && reason.contains("1.3"), reason);
  }

  @Test
  void anotherMajorIsRefusedEitherWay() {
    assertTrue(SpiVersion.parse("2.0").incompatibilityWith(SpiVersion.parse("1.9")).isPresent());
    assertTrue(SpiVersion.parse("0.9").incompatibilityWith(SpiVersion.parse("1.0")).isPresent());
  }

  @Test
  void aPluginBuiltForThisSpiIsRefusedByAnOlderCoreAndOlderPluginsStillLoad() {
    assertTrue(SpiVersion.current().incompatibilityWith(SpiVersion.parse("1.0")).isPresent());
    assertTrue(SpiVersion.parse("1.0").incompatibilityWith(SpiVersion.current()).isEmpty());
  }

  @Test
  void currentParses() {
    assertEquals(SpiVersion.CURRENT, SpiVersion.current().toString());
  }

  @Test
  void rejectsMalformedVersions() {
    for (String bad : new String[] {"1", "1.0.0", "a.b", "", "-1.0", "1."}) {
      assertThrows(IllegalArgumentException.class, () -> SpiVersion.parse(bad), bad);
    }
  }
}
