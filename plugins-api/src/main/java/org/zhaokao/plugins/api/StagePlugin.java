package org.zhaokao.plugins.api;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.zhaokao.plugins.api.config.ConfigMetadata;
import org.zhaokao.plugins.api.config.StageConfig;

/**
 * A stage plugin (阶段插件): the one object a stage WAR hands to the core. One instance per server.
 *
 * <p>The core reads the manifest methods ({@link #descriptor()}, {@link #configMetadata()}, {@link
 * #permissions()}, {@link #screens()}, {@link #notificationTemplates()}) once, at registration, and
 * keeps copies; they must not change while the plugin runs. Then it drives the lifecycle:
 *
 * <ol>
 *   <li>{@link #init(StageConfig)} with the validated configuration;
 *   <li>{@link #postInit(CoreServices)} once the core's services are available to the plugin;
 *   <li>{@link #close()} when the plugin or the core goes away. After close the core holds no
 *       reference to the plugin.
 * </ol>
 *
 * <p>Lifecycle calls run on the core's thread: a plugin that needs its own class loader (for
 * resources, say) uses {@code getClass().getClassLoader()}, never the context class loader.
 *
 * <p>Optional abilities are separate interfaces the plugin class may also implement, such as {@link
 * HasOperationalInfo}.
 */
public interface StagePlugin {

  /** The manifest: id, version, SPI version, names, dependencies, schema. */
  StageDescriptor descriptor();

  /** The plugin's settings; none by default. */
  default ConfigMetadata configMetadata() {
    return ConfigMetadata.empty();
  }

  /** Permissions the plugin checks, seeded into the role editor; none by default. */
  default List<PermissionDefinition> permissions() {
    return List.of();
  }

  /** Entries for the staff console's side menu; none by default. */
  default List<ScreenEntry> screens() {
    return List.of();
  }

  /**
   * Pages for candidates ("my interview", "my medical check"), linked from the candidate's account
   * page in the portal while the plugin is active; none by default. They take no permission: the
   * page itself shows a candidate only what is theirs. Since SPI 1.8.
   */
  default List<ScreenEntry> candidateScreens() {
    return List.of();
  }

  /** Default templates of the notifications the plugin sends; none by default. */
  default List<NotificationTemplate> notificationTemplates() {
    return List.of();
  }

  /**
   * The plugin's messages in {@code locale}, used by the core to show the plugin's name, menu
   * labels and setting labels. Load it with the plugin's own class loader.
   */
  ResourceBundle messages(Locale locale);

  /**
   * Receives the validated configuration. Throwing leaves the plugin {@link StageStatus#FAILED}.
   */
  void init(StageConfig config);

  /** Receives the core's services. Throwing leaves the plugin {@link StageStatus#FAILED}. */
  void postInit(CoreServices core);

  /** Releases what the plugin holds. Called once; must not throw. */
  void close();
}
