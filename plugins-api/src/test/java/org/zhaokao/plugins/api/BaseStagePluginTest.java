package org.zhaokao.plugins.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhaokao.plugins.api.config.ConfigMetadata;

class BaseStagePluginTest {

  static final class Probe extends BaseStagePlugin {
    Probe() {
      super("org.zhaokao.plugins.api.probe");
    }

    @Override
    public StageDescriptor descriptor() {
      return StageDescriptor.builder("probe", "1.0.0", SpiVersion.CURRENT)
          .nameKey("n")
          .descriptionKey("d")
          .build();
    }
  }

  @Test
  void keepsSettingsAndServicesFromInitUntilClose() {
    Probe plugin = new Probe();
    assertTrue(plugin.config().isEmpty());
    IllegalStateException inactive = assertThrows(IllegalStateException.class, plugin::core);
    assertTrue(inactive.getMessage().contains("probe"), inactive.getMessage());

    var config = ConfigMetadata.builder().build().resolve(Map.of());
    CoreServices core =
        (CoreServices)
            Proxy.newProxyInstance(
                CoreServices.class.getClassLoader(),
                new Class<?>[] {CoreServices.class},
                (proxy, method, args) -> null);
    plugin.init(config);
    plugin.postInit(core);
    assertSame(config, plugin.config().orElseThrow());
    assertSame(core, plugin.core());
    plugin.close();
    assertThrows(IllegalStateException.class, plugin::core);
    assertEquals(config, plugin.config().orElseThrow(), "settings stay for the next start");
  }
}
