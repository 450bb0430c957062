package org.zhaokao.discipline.application;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.zhaokao.discipline.domain.catalogue.Sanction;
import org.zhaokao.discipline.domain.catalogue.ViolationType;
import org.zhaokao.discipline.domain.incident.Incident;

/**
 * A decision as the candidate concerned sees it: what, under which standard, the sanctions, the
 * reason and until when an appeal is possible. No officer names, no investigation notes.
 *
 * @param scoreChangePending {@code VOID} while voiding the score in a published stage waits for a
 *     second person's approval (the score is not void yet), {@code REINSTATEMENT} while its
 *     reinstatement does; null when nothing waits
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
    Boolean appealUpheld,
    String scoreChangePending) {

  /**
   * The bundle keys the candidate's screen shows for the sanctions: a voiding that waits for
   * approval reads as pending, not as void, and a reinstatement that waits is named too.
   */
  public List<String> sanctionKeys() {
    List<String> keys = new ArrayList<>();
    for (String s : sanctions) {
      boolean pending =
          s.equals(Sanction.VOID_STAGE_SCORE.name()) && "VOID".equals(scoreChangePending);
      keys.add("discipline.sanction." + s + (pending ? ".pending" : ""));
    }
    if ("REINSTATEMENT".equals(scoreChangePending)) {
      keys.add("discipline.scoreChange.REINSTATEMENT");
    }
    return keys;
  }

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
        i.appeal().upheld().orElse(null),
        i.scoreChangePending().map(Enum::name).orElse(null));
  }
}
