package org.zhaokao.web.rest.stage;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.zhaokao.pipeline.application.registry.ScreenView;
import org.zhaokao.pipeline.application.registry.StageView;
import org.zhaokao.plugins.api.config.ConfigProperty;

/**
 * A stage plugin as {@code GET /api/v1/stages} shows it.
 *
 * @param id stage id
 * @param version plugin version
 * @param spiVersion SPI version it was built for
 * @param status ACTIVE, INCOMPATIBLE, FAILED or UNAVAILABLE
 * @param reason why it is not active, or empty
 * @param name display name by language
 * @param description description by language
 * @param dependsOn ids of stages it needs earlier in a chain
 * @param hotRedeploy whether it may be redeployed while in use
 * @param screens its console menu entries
 * @param permissions permission strings it checks
 * @param config its settings
 * @param operationalInfo facts it reports about itself
 * @param firstSeen first registration
 * @param lastSeen last registration or departure
 */
public record StageDto(
    String id,
    String version,
    String spiVersion,
    String status,
    String reason,
    Map<String, String> name,
    Map<String, String> description,
    List<String> dependsOn,
    boolean hotRedeploy,
    List<Screen> screens,
    List<String> permissions,
    List<Setting> config,
    Map<String, String> operationalInfo,
    OffsetDateTime firstSeen,
    OffsetDateTime lastSeen) {

  /** A console menu entry. */
  public record Screen(
      Map<String, String> label, String href, String requiredPermission, boolean forCandidates) {
    static Screen of(ScreenView v) {
      return new Screen(
          v.label().byLanguage(), v.href(), v.requiredPermission(), v.forCandidates());
    }
  }

  /** A declared setting. */
  public record Setting(
      String name,
      String type,
      String labelKey,
      String defaultValue,
      boolean required,
      String min,
      String max,
      List<String> options) {
    static Setting of(ConfigProperty p) {
      return new Setting(
          p.name(),
          p.type().name(),
          p.labelKey(),
          p.defaultValue().orElse(null),
          p.required(),
          p.min().map(java.math.BigDecimal::toPlainString).orElse(null),
          p.max().map(java.math.BigDecimal::toPlainString).orElse(null),
          p.options());
    }
  }

  static StageDto of(StageView v) {
    return new StageDto(
        v.id(),
        v.version(),
        v.spiVersion(),
        v.status().name(),
        v.reason(),
        v.name().byLanguage(),
        v.description().byLanguage(),
        v.dependsOn(),
        v.hotRedeploy(),
        v.screens().stream().map(Screen::of).toList(),
        v.permissions(),
        v.config().stream().map(Setting::of).toList(),
        v.operationalInfo(),
        v.firstSeen(),
        v.lastSeen());
  }
}
