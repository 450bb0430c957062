package org.zhaokao.discipline.application;

import java.time.OffsetDateTime;
import java.util.List;
import org.zhaokao.discipline.domain.catalogue.ViolationType;
import org.zhaokao.discipline.domain.incident.Incident;

/** An incident as officers see it (the candidate sees {@link CandidateIncidentView}). */
public record IncidentView(
    long id,
    long recruitmentId,
    long applicationId,
    long candidateAccountId,
    String stageId,
    String violationType,
    int typeVersion,
    String typeNameZh,
    String standard,
    String facts,
    List<String> evidence,
    String status,
    String reportedBy,
    OffsetDateTime reportedAt,
    String findings,
    List<String> sanctions,
    int blacklistYears,
    String blacklistScope,
    String decisionReason,
    Long decidedBy,
    Long approvedBy,
    OffsetDateTime appealDeadline,
    String appealReason,
    Boolean appealUpheld,
    String resolutionNote,
    boolean scoreReinstated,
    String reinstatementNote,
    List<String> allowedSanctions) {

  static IncidentView of(Incident i, ViolationType t) {
    return new IncidentView(
        i.id(),
        i.recruitmentId(),
        i.applicationId(),
        i.candidateId(),
        i.stageId(),
        t.code(),
        t.version(),
        t.nameZh(),
        t.standard(),
        i.facts(),
        i.evidence(),
        i.status().name(),
        i.reportedBy(),
        i.reportedAt(),
        i.findings().orElse(null),
        i.sanctions().stream().map(Enum::name).sorted().toList(),
        i.decision().blacklistYears(),
        i.decision().blacklistScope().name(),
        i.decision().reason().orElse(null),
        i.decision().decidedBy().orElse(null),
        i.decision().approvedBy().orElse(null),
        i.decision().appealDeadline().orElse(null),
        i.appeal().reason().orElse(null),
        i.appeal().upheld().orElse(null),
        i.appeal().resolutionNote(),
        i.scoreReinstated(),
        i.reinstatement().note(),
        t.allowed().stream().map(Enum::name).sorted().toList());
  }
}
