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
    String decisionReason,
    Long decidedBy,
    Long approvedBy,
    OffsetDateTime appealDeadline,
    String appealReason,
    Boolean appealUpheld) {

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
        i.blacklistYears(),
        i.decisionReason().orElse(null),
        i.decidedBy().orElse(null),
        i.approvedBy().orElse(null),
        i.appealDeadline().orElse(null),
        i.appealReason().orElse(null),
        i.appealUpheld().orElse(null));
  }
}
