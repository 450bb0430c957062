package org.zhaokao.pipeline.application.registry;

import java.util.List;
import org.zhaokao.plugins.api.discipline.IncidentIntake;
import org.zhaokao.plugins.api.discipline.IncidentReceipt;
import org.zhaokao.plugins.api.discipline.IncidentRejectedException;
import org.zhaokao.plugins.api.discipline.IncidentReport;

/**
 * The {@link IncidentIntake} a stage plugin gets from the core: hands each report to the active
 * plugin that offers the capability (the discipline plugin), found anew for every call so that no
 * reference to an undeployed plugin is kept.
 */
final class IncidentRouting implements IncidentIntake {

  private final StageCatalog catalog;

  IncidentRouting(StageCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public IncidentReceipt report(IncidentReport report) {
    List<IncidentIntake> intakes = catalog.capabilities(IncidentIntake.class);
    if (intakes.isEmpty()) {
      throw new IncidentRejectedException(
          "No discipline plugin is installed and active: the incident cannot be reported");
    }
    return intakes.get(0).report(report);
  }
}
