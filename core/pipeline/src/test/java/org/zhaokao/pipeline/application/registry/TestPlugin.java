package org.zhaokao.pipeline.application.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.zhaokao.plugins.api.CoreServices;
import org.zhaokao.plugins.api.NotificationTemplate;
import org.zhaokao.plugins.api.PermissionDefinition;
import org.zhaokao.plugins.api.ScreenEntry;
import org.zhaokao.plugins.api.SpiVersion;
import org.zhaokao.plugins.api.StageDescriptor;
import org.zhaokao.plugins.api.StagePlugin;
import org.zhaokao.plugins.api.config.ConfigMetadata;
import org.zhaokao.plugins.api.config.StageConfig;

/**
 * A real, configurable plugin for the registry's unit tests; records the lifecycle calls it
 * receives.
 */
class TestPlugin implements StagePlugin {

  final List<String> calls = new ArrayList<>();
  String spi = SpiVersion.CURRENT;
  String screenAction = "view";
  ScreenEntry candidatePage = ScreenEntry.forCandidates("screen.mine", "/mine.xhtml");
  RuntimeException failInit;
  RuntimeException failPostInit;
  boolean withSchema;
  List<NotificationTemplate> templates = List.of();
  StageConfig config;

  @Override
  public StageDescriptor descriptor() {
    StageDescriptor.Builder b = StageDescriptor.builder("interview", "2.1.0", spi);
    if (withSchema) {
      b.schema("iv_", "db/interview");
    }
    return b.build();
  }

  @Override
  public ConfigMetadata configMetadata() {
    return ConfigMetadata.builder()
        .integer("examiners")
        .range(3, 9)
        .defaultValue("5")
        .add()
        .build();
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(new PermissionDefinition("view", "perm.view"));
  }

  @Override
  public List<ScreenEntry> screens() {
    return List.of(ScreenEntry.of("screen.rooms", "/rooms.xhtml", screenAction));
  }

  @Override
  public List<ScreenEntry> candidateScreens() {
    return List.of(candidatePage);
  }

  @Override
  public ResourceBundle messages(Locale locale) {
    String name = locale.getLanguage().equals("zh") ? "面试" : "Interview";
    return new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {
          {"stage.interview.name", name},
          {"screen.rooms", name + " rooms"},
          {"screen.mine", "my " + name}
        };
      }
    };
  }

  @Override
  public void init(StageConfig config) {
    calls.add("init");
    this.config = config;
    if (failInit != null) {
      throw failInit;
    }
  }

  @Override
  public List<NotificationTemplate> notificationTemplates() {
    return templates;
  }

  @Override
  public void postInit(CoreServices core) {
    calls.add("postInit");
    if (failPostInit != null) {
      throw failPostInit;
    }
  }

  @Override
  public void close() {
    calls.add("close");
  }
}
