package org.zhaokao.pipeline.application.registry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.zhaokao.plugins.api.CoreServices;
import org.zhaokao.plugins.api.InstalledStage;
import org.zhaokao.plugins.api.SpiVersion;
import org.zhaokao.plugins.api.SupportedLocales;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.discipline.IncidentIntake;
import org.zhaokao.plugins.api.discipline.Sanctions;
import org.zhaokao.plugins.api.notify.Notifier;
import org.zhaokao.plugins.api.outcome.ResultsSink;
import org.zhaokao.plugins.api.records.RecruitmentRecords;
import org.zhaokao.plugins.api.roster.StageRoster;
import org.zhaokao.plugins.api.security.Reauthentication;

/** The {@link CoreServices} every plugin receives; grows as the core's services land. */
final class RegistryCoreServices implements CoreServices {

  private final StageCatalog catalog;
  private final AuditLog auditLog;
  private final Notifier notifier;
  private final ResultsSink results;
  private final StageRoster roster;
  private final Reauthentication reauthentication;
  private final IncidentIntake incidents;
  private final Sanctions sanctions;
  private final RecruitmentRecords records;

  RegistryCoreServices(
      StageCatalog catalog,
      AuditLog auditLog,
      Notifier notifier,
      ResultsSink results,
      StageRoster roster,
      Reauthentication reauthentication,
      Sanctions sanctions,
      RecruitmentRecords records) {
    this.catalog = catalog;
    this.auditLog = auditLog;
    this.notifier = notifier;
    this.results = results;
    this.roster = roster;
    this.reauthentication = reauthentication;
    this.incidents = new IncidentRouting(catalog);
    this.sanctions = sanctions;
    this.records = records;
  }

  @Override
  public RecruitmentRecords records() {
    return records;
  }

  @Override
  public Reauthentication reauthentication() {
    return reauthentication;
  }

  @Override
  public IncidentIntake incidents() {
    return incidents;
  }

  @Override
  public Sanctions sanctions() {
    return sanctions;
  }

  @Override
  public StageRoster roster() {
    return roster;
  }

  @Override
  public ResultsSink results() {
    return results;
  }

  @Override
  public AuditLog auditLog() {
    return auditLog;
  }

  @Override
  public SpiVersion spiVersion() {
    return SpiVersion.current();
  }

  @Override
  public List<Locale> supportedLocales() {
    return SupportedLocales.ALL;
  }

  @Override
  public Optional<InstalledStage> installedStage(String stageId) {
    return catalog
        .stage(stageId)
        .map(
            v ->
                new InstalledStage(
                    v.id(),
                    v.version(),
                    v.spiVersion(),
                    v.status(),
                    v.reason(),
                    v.firstSeen(),
                    v.lastSeen()));
  }

  @Override
  public Notifier notifier() {
    return notifier;
  }
}
