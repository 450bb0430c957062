package org.zhaokao.pipeline.application.flow;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.zhaokao.pipeline.application.registry.LocalizedText;
import org.zhaokao.pipeline.application.registry.StageCatalog;
import org.zhaokao.pipeline.application.registry.StageView;
import org.zhaokao.pipeline.domain.flow.StageInstance;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.FieldProblem;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.plugins.api.StageStatus;
import org.zhaokao.plugins.api.config.ConfigProperty;
import org.zhaokao.plugins.api.config.ConfigValidationException;
import org.zhaokao.plugins.api.config.ConfigViolation;
import org.zhaokao.plugins.api.config.StageConfig;
import org.zhaokao.plugins.api.security.Actor;

/**
 * A stage's plugin settings per recruitment (the plugin's typed config metadata as a form): read by
 * whoever sees the pipeline, set by its managers until the stage starts, checked by the plugin's
 * own rules.
 */
@Stateless
public class StagePluginConfig {

  @Inject private PipelineAccess access;
  @Inject private StageLookup stages;
  @EJB private StageCatalog catalog;

  /** The form: the plugin's properties with this stage's values. */
  public PluginConfigView view(Actor actor, long stageInstanceId) {
    StageInstance s = stages.find(stageInstanceId);
    access.visible(actor, s.recruitmentId());
    return view(s);
  }

  /**
   * Sets the values (blank or missing: the plugin's default).
   *
   * @throws ConflictException once the stage has started, or while its plugin is not active
   * @throws InvalidInputException naming every property whose value breaks the plugin's rule
   */
  public PluginConfigView configure(Actor actor, long stageInstanceId, Map<String, String> values) {
    StageInstance s = stages.managed(actor, stageInstanceId);
    if (values == null) {
      throw InvalidInputException.of("config", "required", "Send the stage's settings");
    }
    if (s.status().started()) {
      throw new ConflictException(
          "stage.frozen", "The stage has started: its plugin settings are frozen");
    }
    StageView plugin = active(s);
    StageConfig checked;
    try {
      checked = catalog.validateConfig(s.stageId(), values);
    } catch (ConfigValidationException e) {
      throw new InvalidInputException(
          e.violations().stream().map(v -> problem(plugin, v)).toList());
    }
    s.configurePlugin(checked.asMap(), PipelineSetup.now());
    access.record(
        access
            .entry(actor, "pipeline.stage.plugin-configured")
            .target("stage-instance", String.valueOf(s.id()))
            .detail("recruitment", String.valueOf(s.recruitmentId()))
            .detail("config", new TreeMap<>(checked.asMap()).toString()));
    return view(s);
  }

  /** The violation as a field problem; the bound it breaks is the message's argument. */
  private static FieldProblem problem(StageView plugin, ConfigViolation v) {
    Optional<ConfigProperty> p =
        plugin.config().stream().filter(c -> c.name().equals(v.property())).findFirst();
    Optional<String> bound =
        switch (v.code()) {
          case BELOW_MINIMUM -> p.flatMap(ConfigProperty::min).map(BigDecimal::toPlainString);
          case ABOVE_MAXIMUM -> p.flatMap(ConfigProperty::max).map(BigDecimal::toPlainString);
          case NOT_AN_OPTION -> p.map(c -> String.join(", ", c.options()));
          case TOO_LONG -> Optional.of(String.valueOf(ConfigProperty.MAX_TEXT_LENGTH));
          default -> Optional.empty();
        };
    String code = "config." + v.code().name().toLowerCase(Locale.ROOT);
    return bound
        .map(b -> FieldProblem.of(v.property(), code, v.detail(), b))
        .orElseGet(() -> FieldProblem.of(v.property(), code, v.detail()));
  }

  private StageView active(StageInstance s) {
    return catalog
        .stage(s.stageId())
        .filter(p -> p.status() == StageStatus.ACTIVE)
        .orElseThrow(
            () ->
                new ConflictException(
                    "stage.unavailable",
                    "The stage plugin "
                        + s.stageId()
                        + " is not active: its settings are unknown"));
  }

  private PluginConfigView view(StageInstance s) {
    Optional<StageView> plugin =
        catalog.stage(s.stageId()).filter(p -> p.status() == StageStatus.ACTIVE);
    Map<String, LocalizedText> texts =
        plugin.isPresent() ? catalog.configTexts(s.stageId()) : Map.of();
    Map<String, String> values = s.pluginConfig();
    List<PluginConfigView.Field> fields =
        plugin.map(StageView::config).orElse(List.of()).stream()
            .map(p -> field(p, texts, values.get(p.name())))
            .toList();
    return new PluginConfigView(s.id(), s.stageId(), s.status().started(), fields);
  }

  private static PluginConfigView.Field field(
      ConfigProperty p, Map<String, LocalizedText> texts, String value) {
    return new PluginConfigView.Field(
        p.name(),
        p.type().name(),
        text(texts, p.labelKey()),
        text(texts, p.helpKey()),
        p.defaultValue().orElse(null),
        p.required(),
        p.min().orElse(null),
        p.max().orElse(null),
        p.options(),
        value);
  }

  private static Map<String, String> text(Map<String, LocalizedText> texts, String key) {
    LocalizedText t = texts.get(key);
    return t == null ? LocalizedText.same(key).byLanguage() : t.byLanguage();
  }
}
