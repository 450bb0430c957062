package org.zhaokao.discipline.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.zhaokao.discipline.domain.DisciplineException;
import org.zhaokao.discipline.domain.catalogue.ViolationType;
import org.zhaokao.discipline.domain.catalogue.ViolationTypes;
import org.zhaokao.discipline.domain.incident.Incident;
import org.zhaokao.discipline.domain.incident.Incidents;
import org.zhaokao.discipline.domain.incident.Reported;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.discipline.IncidentReceipt;
import org.zhaokao.plugins.api.discipline.IncidentRejectedException;
import org.zhaokao.plugins.api.discipline.IncidentReport;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Takes incidents in (违纪上报): from any stage through the SPI ({@code CoreServices.incidents()}) or
 * by hand from an officer. Either way the candidate must have entered the stage (the core's roster
 * says so), and the type is the catalogue's current version, which the incident keeps.
 */
@Stateless
public class IncidentIntakeService {

  @Inject private ViolationTypes types;
  @Inject private Incidents incidents;
  @Inject private CoreAccess access;
  @Inject private Guard guard;

  /** A stage's report through the SPI; the reporting plugin checked its own staff. */
  public IncidentReceipt report(IncidentReport report) {
    Incident incident = file(report);
    access
        .core()
        .auditLog()
        .record(
            audit(AuditEntry.builder("discipline.incident.reported", report.reporter()), incident)
                .build());
    return new IncidentReceipt(incident.id(), incident.status().name());
  }

  /** An officer reports by hand. */
  public IncidentView reportByHand(Actor actor, ReportForm form) {
    guard.require(actor, Guard.REPORT);
    if (form == null || form.recruitmentId() == null || form.applicationId() == null) {
      throw DisciplineException.invalid(
          "applicationId", "Name the recruitment and the application the incident concerns");
    }
    IncidentReport report;
    try {
      report =
          new IncidentReport(
              form.recruitmentId(),
              form.applicationId(),
              String.valueOf(form.stageId()),
              String.valueOf(form.violationType()),
              form.facts() == null ? "" : form.facts(),
              form.evidenceRefs() == null ? List.of() : form.evidenceRefs(),
              AuditActor.of(actor));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw DisciplineException.invalid("incident", e.getMessage());
    }
    Incident incident;
    try {
      incident = file(report);
    } catch (IncidentRejectedException e) {
      throw DisciplineException.invalid("incident", e.getMessage());
    }
    guard.record(audit(guard.entry(actor, "discipline.incident.reported"), incident));
    return IncidentView.of(incident, types.version(incident.typeId()).orElseThrow());
  }

  private Incident file(IncidentReport report) {
    ViolationType type =
        types
            .current(report.violationType())
            .orElseThrow(
                () ->
                    new IncidentRejectedException(
                        "Unknown violation type " + report.violationType()));
    StageEntrant entrant =
        access.core().roster().entrants(report.stageId(), report.recruitmentId()).stream()
            .filter(e -> e.applicationId() == report.applicationId())
            .findFirst()
            .orElseThrow(
                () ->
                    new IncidentRejectedException(
                        "Application "
                            + report.applicationId()
                            + " did not enter stage "
                            + report.stageId()
                            + " of recruitment "
                            + report.recruitmentId()));
    Incident incident =
        new Incident(
            new Reported(
                report.recruitmentId(),
                report.applicationId(),
                entrant.candidateAccountId(),
                report.stageId()),
            type,
            report.facts(),
            report.evidenceRefs(),
            report.reporter().id(),
            OffsetDateTime.now(ZoneOffset.UTC));
    incidents.add(incident);
    return incident;
  }

  private static AuditEntry.Builder audit(AuditEntry.Builder entry, Incident i) {
    return entry
        .target("incident", String.valueOf(i.id()))
        .detail("recruitment", String.valueOf(i.recruitmentId()))
        .detail("application", String.valueOf(i.applicationId()))
        .detail("stage", i.stageId())
        .detail("typeId", String.valueOf(i.typeId()))
        .detail("evidence", String.valueOf(i.evidence().size()));
  }
}
