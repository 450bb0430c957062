package org.zhaokao.pipeline.application.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhaokao.pipeline.domain.stage.StageInstallation;
import org.zhaokao.plugins.api.HasOperationalInfo;
import org.zhaokao.plugins.api.StageStatus;

/** Builds {@link StageView}s from what is loaded now and what was recorded before. */
final class StageViews {

  private static final Logger LOG = Logger.getLogger(StageViews.class.getName());

  private StageViews() {}

  static StageView loaded(LoadedStage s, Optional<StageInstallation> installation) {
    var d = s.descriptor();
    return new StageView(
        d.id(),
        d.version(),
        d.spiVersion().toString(),
        s.status(),
        s.reason(),
        s.name(),
        s.description(),
        d.dependsOn(),
        d.hotRedeploy(),
        s.screens(),
        s.permissions(),
        s.config().properties(),
        operationalInfo(s),
        installation.map(StageInstallation::firstSeen).orElse(s.registeredAt()),
        installation.map(StageInstallation::lastSeen).orElse(s.registeredAt()));
  }

  /** A plugin installed once and not deployed now. */
  static StageView unavailable(StageInstallation i) {
    return new StageView(
        i.id(),
        i.version(),
        i.spiVersion(),
        StageStatus.UNAVAILABLE,
        "",
        new LocalizedText(Map.of("zh", i.nameZh(), "en", i.nameEn())),
        LocalizedText.same(""),
        List.of(),
        false,
        List.of(),
        List.of(),
        List.of(),
        Map.of(),
        i.firstSeen(),
        i.lastSeen());
  }

  private static Map<String, String> operationalInfo(LoadedStage s) {
    if (!(s.plugin() instanceof HasOperationalInfo info)) {
      return Map.of();
    }
    try {
      return new LinkedHashMap<>(info.operationalInfo());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Stage plugin " + s.stageId() + " failed to report operational info", e);
      return Map.of("error", String.valueOf(e.getMessage()));
    }
  }
}
