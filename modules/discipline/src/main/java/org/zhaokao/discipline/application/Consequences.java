package org.zhaokao.discipline.application;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.zhaokao.discipline.domain.DisciplineException;
import org.zhaokao.discipline.domain.blacklist.Blacklist;
import org.zhaokao.discipline.domain.blacklist.BlacklistEntry;
import org.zhaokao.discipline.domain.blacklist.BlacklistScope;
import org.zhaokao.discipline.domain.catalogue.Sanction;
import org.zhaokao.discipline.domain.catalogue.ViolationType;
import org.zhaokao.discipline.domain.incident.Incident;
import org.zhaokao.discipline.domain.incident.PendingScoreChange;
import org.zhaokao.plugins.api.discipline.Disqualification;
import org.zhaokao.plugins.api.discipline.StageScoreSanction;

/**
 * What a decision does once it is in force, in its transaction: the core disqualifies the
 * application or voids the score, the blacklist gets its entry, the candidate is told with the
 * appeal deadline. A withdrawn decision, or a score voided in error, is undone the same way.
 */
@ApplicationScoped
public class Consequences {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject private CoreAccess access;
  @Inject private Blacklist blacklist;
  @Inject private DecisionNotices notices;

  public void inForce(Incident i, ViolationType type, OffsetDateTime at) {
    if (i.sanctions().contains(Sanction.DISQUALIFY)) {
      Disqualification d =
          new Disqualification(
              i.applicationId(), reasonZh(i, type), "discipline-incident-" + i.id());
      inCore("disqualification", () -> access.core().sanctions().disqualify(d));
    }
    boolean voidPending = false;
    if (i.sanctions().contains(Sanction.VOID_STAGE_SCORE)) {
      // Read before the call: in a published stage the core only proposes the voiding.
      voidPending = access.published(i.recruitmentId(), i.stageId());
      inCore(
          "stage-score",
          () ->
              access
                  .core()
                  .sanctions()
                  .voidStageScore(
                      stageScore(i, reasonZh(i, type)), i.decision().decidedBy().orElseThrow()));
    }
    if (i.sanctions().contains(Sanction.BLACKLIST)) {
      LocalDate from = at.atZoneSameInstant(CHINA).toLocalDate();
      BlacklistEntry entry =
          BlacklistEntry.forYears(
              i.candidateId(), i.id(), reasonZh(i, type), from, i.decision().blacklistYears());
      if (i.decision().blacklistScope() == BlacklistScope.EMPLOYER) {
        entry.limitedTo(employerOf(i));
      }
      blacklist.add(entry);
    }
    i.scoreChangeAsked(voidPending ? PendingScoreChange.VOID : null);
    notices.decided(i, type, voidPending);
  }

  /**
   * A decision withdrawn on appeal (申诉成立): a voided stage score comes back in the core (unless an
   * officer reinstated it already), a disqualification is lifted there (the application returns to
   * where it stood), a blacklisting ends early. The caller audits and tells the candidate.
   *
   * @param officer who resolved the appeal: in a published stage the score comes back once another
   *     person approves
   * @return whether the score's return awaits that approval
   */
  public boolean withdrawn(Incident i, long officer, OffsetDateTime at) {
    boolean pending = false;
    if (i.sanctions().contains(Sanction.VOID_STAGE_SCORE) && !i.reinstatement().done()) {
      pending = !reinstate(i, "申诉成立，恢复成绩：" + i.appeal().resolutionNote(), officer);
      i.scoreChangeAsked(pending ? PendingScoreChange.REINSTATEMENT : null);
    }
    if (i.sanctions().contains(Sanction.DISQUALIFY)) {
      Disqualification lifting =
          new Disqualification(i.applicationId(), whyLifted(i), "discipline-incident-" + i.id());
      inCore("disqualification", () -> access.core().sanctions().liftDisqualification(lifting));
    }
    blacklist.ofIncident(i.id()).forEach(b -> b.lift(at));
    return pending;
  }

  /**
   * A score voided in error comes back in the core (恢复成绩); the rest of the decision stands.
   *
   * @return whether it awaits a second person's approval (the stage is published)
   */
  public boolean scoreReinstated(Incident i, long officer) {
    boolean pending = !reinstate(i, "恢复成绩：" + i.reinstatement().note(), officer);
    i.scoreChangeAsked(pending ? PendingScoreChange.REINSTATEMENT : null);
    return pending;
  }

  /**
   * @return true when the score is back now, false when it awaits approval
   */
  private boolean reinstate(Incident i, String why, long officer) {
    return inCore(
        "stage-score",
        () -> access.core().sanctions().reinstateStageScore(stageScore(i, why), officer));
  }

  /** The employer (招考单位) of the incident's recruitment, from the core's records. */
  private long employerOf(Incident i) {
    return access
        .core()
        .records()
        .recruitment(i.recruitmentId())
        .orElseThrow(
            () ->
                DisciplineException.conflict(
                    "recruitment-unknown",
                    "Recruitment "
                        + i.recruitmentId()
                        + " is unknown to the core: cannot limit the blacklisting to its employer"))
        .employerId();
  }

  private static String whyLifted(Incident i) {
    String why = "申诉成立，恢复本次招考资格：" + i.appeal().resolutionNote();
    return why.length() > 1000 ? why.substring(0, 1000) : why;
  }

  private static StageScoreSanction stageScore(Incident i, String reason) {
    return new StageScoreSanction(
        i.applicationId(),
        i.stageId(),
        reason.length() > 1000 ? reason.substring(0, 1000) : reason,
        "discipline-incident-" + i.id());
  }

  /**
   * Calls the core; its refusal (an IllegalArgument- or IllegalStateException, wrapped in an
   * EJBException when it crossed the core's EJB, which then rolls the transaction back) becomes a
   * 409 with the core's message.
   */
  private static <T> T inCore(String code, Supplier<T> call) {
    try {
      return call.get();
    } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
      throw DisciplineException.conflict(code, e.getMessage());
    } catch (EJBException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw DisciplineException.conflict(code, cause.getMessage());
    }
  }

  /** The reason the candidate reads, on the blacklist and in the core. */
  static String reasonZh(Incident i, ViolationType type) {
    String text =
        "因“"
            + type.nameZh()
            + "”（"
            + i.decision().reason().orElse("")
            + "），处理："
            + DecisionNotices.sanctionsZh(i);
    return text.length() > 1000 ? text.substring(0, 1000) : text;
  }
}
