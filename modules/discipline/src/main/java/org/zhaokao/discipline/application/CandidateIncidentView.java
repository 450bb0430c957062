package org.zhaokao.discipline.application;

import java.time.OffsetDateTime;
import java.util.List;
import org.zhaokao.discipline.domain.catalogue.ViolationType;
import org.zhaokao.discipline.domain.incident.Incident;

/**
 * A decision as the candidate concerned sees it: what, under which standard, the sanctions, the
 * reason and until when an appeal is possible. No officer names, no investigation notes.
 */
public record CandidateIncidentView(
    long id,
    long recruitmentId,
    long applicationId,
    String violation,
    String standard,
    List<String> sanctions,
    int blacklistYears,
    String reason,
    String status,
    OffsetDateTime appealDeadline,
    Boolean appealUpheld) {

  static CandidateIncidentView of(Incident i, ViolationType t) {
    return new CandidateIncidentView(
        i.id(),
        i.recruitmentId(),
        i.applicationId(),
        t.nameZh(),
        t.standard(),
        i.sanctions().stream().map(Enum::name).sorted().toList(),
        i.decision().blacklistYears(),
        i.decision().reason().orElse(""),
        i.status().name(),
        i.decision().appealDeadline().orElse(null),
        i.appeal().upheld().orElse(null));
  }
}
