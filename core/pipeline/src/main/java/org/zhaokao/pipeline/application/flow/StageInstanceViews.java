package org.zhaokao.pipeline.application.flow;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.pipeline.application.registry.StageCatalog;
import org.zhaokao.pipeline.application.registry.StageView;
import org.zhaokao.pipeline.domain.flow.StageInstance;
import org.zhaokao.plugins.api.StageStatus;

/** Turns stage instances into views, with the plugin's names and whether it is available. */
@ApplicationScoped
public class StageInstanceViews {

  @EJB private StageCatalog catalog;

  public StageInstanceView view(StageInstance s) {
    Optional<StageView> plugin = catalog.stage(s.stageId());
    Map<String, String> name =
        plugin
            .map(
                p ->
                    Map.of(
                        "zh", p.name().in(Locale.SIMPLIFIED_CHINESE),
                        "en", p.name().in(Locale.ENGLISH)))
            .orElse(Map.of("zh", s.stageId(), "en", s.stageId()));
    return new StageInstanceView(
        s.id(),
        s.seq(),
        s.stageId(),
        name,
        plugin.map(p -> p.status() == StageStatus.ACTIVE).orElse(false),
        s.status().name(),
        SettingsForm.of(s.settings()),
        s.pendingSettings().map(SettingsForm::of).orElse(null),
        s.pendingBy().orElse(null),
        s.status().started(),
        s.schedule().map(ScheduleForm::of).orElse(null));
  }

  /** The stage's name by language ({@code zh}, {@code en}), for notifications. */
  public Map<String, String> names(StageInstance s) {
    return catalog
        .stage(s.stageId())
        .map(p -> p.name().byLanguage())
        .orElse(Map.of("zh", s.stageId(), "en", s.stageId()));
  }
}
