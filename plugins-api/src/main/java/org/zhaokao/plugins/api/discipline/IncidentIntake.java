package org.zhaokao.plugins.api.discipline;

/**
 * Where incidents are reported (违纪上报). Two roles, one contract:
 *
 * <ul>
 *   <li>a stage plugin calls it through {@link org.zhaokao.plugins.api.CoreServices#incidents()};
 *       the core routes the call to the active plugin that offers the capability, and refuses it
 *       with an {@link IncidentRejectedException} when none is installed;
 *   <li>the discipline plugin implements it on its plugin class, as an optional capability.
 * </ul>
 *
 * <p>What the implementation promises: the incident is stored in the caller's transaction (or its
 * own when the caller has none), audited, and starts the discipline workflow (reported →
 * investigated → decided → notified → appeal → final).
 *
 * @since SPI 1.6
 */
public interface IncidentIntake {

  /**
   * Records the report.
   *
   * @return the incident's receipt
   * @throws IncidentRejectedException if no discipline plugin takes it, or the report names an
   *     unknown violation type or an application that did not enter the stage
   */
  IncidentReceipt report(IncidentReport report);
}
