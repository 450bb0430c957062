package org.zhaokao.plugins.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StageDescriptorTest {

  @Test
  void defaultsFollowTheStageId() {
    StageDescriptor d =
        StageDescriptor.builder("written-exam", "1.0.0", SpiVersion.CURRENT).build();
    assertEquals("/zhaokao-written-exam", d.contextPath());
    assertEquals("stage.written-exam.name", d.nameKey());
    assertTrue(d.hotRedeploy());
    assertTrue(d.schema().isEmpty());
  }

  @Test
  void recordsTheSchemaItOwns() {
    StageDescriptor d =
        StageDescriptor.builder("interview", "1.0.0", SpiVersion.CURRENT)
            .schema("iv_", "db/interview")
            .build();
    assertEquals("iv_schema_history", d.schema().orElseThrow().historyTable());
  }

  @Test
  void rejectsMalformedIdsAndDependencies() {
    for (String bad : new String[] {"Interview", "1st", "a--b", "a_b", "-a", "a-", ""}) {
      assertThrows(
          IllegalArgumentException.class,
          () -> StageDescriptor.builder(bad, "1", SpiVersion.CURRENT).build(),
          bad);
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> StageDescriptor.builder("iv", "1", SpiVersion.CURRENT).dependsOn("iv").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> StageDescriptor.builder("iv", "1", SpiVersion.CURRENT).dependsOn("we", "we").build());
  }

  @Test
  void reservesTheCorePrefixAndRefusesEscapingPaths() {
    assertThrows(IllegalArgumentException.class, () -> new StageSchema("core_", "db/x"));
    assertThrows(IllegalArgumentException.class, () -> new StageSchema("iv", "db/x"));
    assertThrows(IllegalArgumentException.class, () -> new StageSchema("iv_", "../db"));
    assertThrows(
        IllegalArgumentException.class, () -> ScreenEntry.of("k", "//evil.example", "view"));
    assertThrows(IllegalArgumentException.class, () -> ScreenEntry.of("k", "/../x", "view"));
  }

  @Test
  void permissionsAreNamespacedByStage() {
    assertEquals(
        "stage:interview:score",
        new PermissionDefinition("score", "perm.score").permission("interview"));
  }
}
