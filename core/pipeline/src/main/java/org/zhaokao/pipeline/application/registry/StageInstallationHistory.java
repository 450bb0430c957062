package org.zhaokao.pipeline.application.registry;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.zhaokao.pipeline.domain.stage.StageInstallation;
import org.zhaokao.pipeline.domain.stage.StageInstallations;
import org.zhaokao.plugins.api.SupportedLocales;

/**
 * Persists what the registry sees, each in its own transaction: a plugin's registration or
 * departure is recorded whatever the transaction of the plugin's start-up does.
 */
@Stateless
public class StageInstallationHistory {

  @Inject private StageInstallations installations;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordRegistration(LoadedStage stage) {
    var d = stage.descriptor();
    var existing = installations.find(d.id());
    StageInstallation installation =
        existing.orElseGet(() -> new StageInstallation(d.id(), stage.registeredAt()));
    installation.registered(
        d.version(),
        d.spiVersion().toString(),
        stage.name().in(SupportedLocales.DEFAULT),
        stage.name().in(Locale.ENGLISH),
        d.contextPath(),
        stage.status(),
        stage.reason(),
        stage.registeredAt());
    if (existing.isEmpty()) {
      installations.add(installation);
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordDeparture(String stageId, OffsetDateTime at) {
    installations.find(stageId).ifPresent(i -> i.departed(at));
  }

  public List<StageInstallation> all() {
    return installations.all();
  }
}
