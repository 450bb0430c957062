package org.zhaokao.plugins.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigMetadataTest {

  private final ConfigMetadata metadata =
      ConfigMetadata.builder()
          .integer("examinersPerPanel")
          .range(3, 9)
          .defaultValue("5")
          .add()
          .decimal("weight")
          .range(BigDecimal.ZERO, BigDecimal.ONE)
          .required()
          .add()
          .choice("rounding", "HALF_UP", "DOWN")
          .defaultValue("HALF_UP")
          .add()
          .bool("online")
          .add()
          .string("venueNote")
          .add()
          .build();

  @Test
  void fillsDefaultsAndTypesValues() {
    StageConfig config = metadata.resolve(Map.of("weight", " 0.5 ", "online", "true"));
    assertEquals(5, config.getInt("examinersPerPanel"));
    assertEquals(new BigDecimal("0.5"), config.getDecimal("weight"));
    assertEquals("HALF_UP", config.getString("rounding"));
    assertTrue(config.getBoolean("online"));
    assertTrue(config.get("venueNote").isEmpty());
  }

  @Test
  void collectsEveryViolationWithItsCode() {
    ConfigValidationException e =
        assertThrows(
            ConfigValidationException.class,
            () ->
                metadata.resolve(
                    Map.of(
                        "examinersPerPanel", "2.5",
                        "rounding", "UP",
                        "online", "yes",
                        "colour", "red")));
    List<ConfigViolation.Code> codes = e.violations().stream().map(ConfigViolation::code).toList();
    assertTrue(codes.contains(ConfigViolation.Code.UNKNOWN_PROPERTY), codes.toString());
    assertTrue(codes.contains(ConfigViolation.Code.NOT_AN_INTEGER), codes.toString());
    assertTrue(codes.contains(ConfigViolation.Code.REQUIRED), codes.toString());
    assertTrue(codes.contains(ConfigViolation.Code.NOT_AN_OPTION), codes.toString());
    assertTrue(codes.contains(ConfigViolation.Code.NOT_A_BOOLEAN), codes.toString());
    assertEquals(5, codes.size());
  }

  @Test
  void enforcesBounds() {
    ConfigValidationException e =
        assertThrows(
            ConfigValidationException.class,
            () -> metadata.resolve(Map.of("examinersPerPanel", "10", "weight", "-0.1")));
    assertEquals(
        List.of(ConfigViolation.Code.ABOVE_MAXIMUM, ConfigViolation.Code.BELOW_MINIMUM),
        e.violations().stream().map(ConfigViolation::code).toList());
  }

  @Test
  void refusesADuplicateNameAndABadDefault() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ConfigMetadata.builder().string("a").add().integer("a").add());
    assertThrows(
        IllegalArgumentException.class,
        () -> ConfigMetadata.builder().integer("n").range(1, 3).defaultValue("4").add());
    assertThrows(IllegalArgumentException.class, () -> ConfigMetadata.builder().choice("c").add());
  }
}
