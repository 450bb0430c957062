package org.zhaokao.discipline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.zhaokao.discipline.domain.DisciplineException;
import org.zhaokao.discipline.domain.blacklist.Blacklist;
import org.zhaokao.discipline.domain.blacklist.BlacklistEntry;
import org.zhaokao.discipline.domain.catalogue.Sanction;
import org.zhaokao.discipline.domain.catalogue.ViolationType;
import org.zhaokao.discipline.domain.incident.Incident;
import org.zhaokao.plugins.api.discipline.Disqualification;

/**
 * What a decision does once it is in force, in its transaction: the core disqualifies the
 * application, the blacklist gets its entry, the candidate is told with the appeal deadline. A
 * withdrawn decision lifts the blacklisting.
 */
@ApplicationScoped
public class Consequences {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject private CoreAccess access;
  @Inject private Blacklist blacklist;
  @Inject private DecisionNotices notices;

  public void inForce(Incident i, ViolationType type, OffsetDateTime at) {
    if (i.sanctions().contains(Sanction.DISQUALIFY)) {
      try {
        access
            .core()
            .sanctions()
            .disqualify(
                new Disqualification(
                    i.applicationId(), reasonZh(i, type), "discipline-incident-" + i.id()));
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw DisciplineException.conflict("disqualification", e.getMessage());
      }
    }
    if (i.sanctions().contains(Sanction.BLACKLIST)) {
      LocalDate from = at.atZoneSameInstant(CHINA).toLocalDate();
      blacklist.add(
          BlacklistEntry.forYears(
              i.candidateId(), i.id(), reasonZh(i, type), from, i.blacklistYears()));
    }
    notices.decided(i, type);
  }

  public void withdrawn(Incident i, OffsetDateTime at) {
    blacklist.ofIncident(i.id()).forEach(b -> b.lift(at));
  }

  /** The reason the candidate reads, on the blacklist and in the core. */
  static String reasonZh(Incident i, ViolationType type) {
    String text =
        "因“"
            + type.nameZh()
            + "”（"
            + i.decisionReason().orElse("")
            + "），处理："
            + DecisionNotices.sanctionsZh(i);
    return text.length() > 1000 ? text.substring(0, 1000) : text;
  }
}
