package org.zhaokao.plugins.api.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhaokao.plugins.api.CoreServices;
import org.zhaokao.plugins.api.InstalledStage;
import org.zhaokao.plugins.api.SpiVersion;

/** SPI 1.1 added the audit log without breaking what was written against 1.0. */
class CoreServicesCompatibilityTest {

  /** A test double a plugin might have written against SPI 1.0: it must still compile. */
  private static final class WrittenFor10 implements CoreServices {
    @Override
    public SpiVersion spiVersion() {
      return SpiVersion.parse("1.0");
    }

    @Override
    public List<Locale> supportedLocales() {
      return List.of(Locale.CHINA);
    }

    @Override
    public Optional<InstalledStage> installedStage(String stageId) {
      return Optional.empty();
    }
  }

  @Test
  void anImplementationWrittenFor10CompilesAndSaysWhatIsMissing() {
    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class, () -> new WrittenFor10().auditLog());
    assertEquals(true, e.getMessage().contains("1.1"));
  }

  @Test
  void aPluginBuiltFor11IsRefusedByA10Core() {
    assertEquals(
        true,
        SpiVersion.parse(SpiVersion.CURRENT)
            .incompatibilityWith(SpiVersion.parse("1.0"))
            .isPresent());
    assertEquals(true, SpiVersion.parse("1.0").incompatibilityWith(SpiVersion.current()).isEmpty());
  }
}
