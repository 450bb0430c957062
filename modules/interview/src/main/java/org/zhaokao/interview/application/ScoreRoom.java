package org.zhaokao.interview.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.zhaokao.interview.InterviewPlugin;
import org.zhaokao.interview.Permission;
import org.zhaokao.interview.domain.InterviewStore;
import org.zhaokao.interview.domain.Panel;
import org.zhaokao.interview.domain.ScoreCalculator;
import org.zhaokao.interview.domain.ScoreSheet;
import org.zhaokao.interview.domain.ScoringScheme;
import org.zhaokao.interview.domain.Slot;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditResult;
import org.zhaokao.plugins.api.outcome.OutcomeRejectedException;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;
import org.zhaokao.plugins.api.outcome.StageOutcome;
import org.zhaokao.plugins.api.security.Actor;

/**
 * The score room (计分室): the clerk unseals a panel's sheets once every examiner has submitted every
 * present candidate's; the scores are computed; the chief examiner signs the summary after entering
 * the password again, and the outcomes go to the pipeline.
 */
@Stateless
public class ScoreRoom {

  @Inject private Stage stage;
  @Inject private InterviewStore store;
  @Inject private Records records;

  /**
   * @throws InterviewProblem 403 unless the actor is the panel's clerk, 409 when unsealed already
   *     or sheets are missing
   */
  public SummaryView unseal(Actor actor, long panelId) {
    Panel panel = records.panel(panelId);
    long me = stage.require(actor, Permission.SCORE_ROOM, panel.recruitmentId());
    if (panel.clerkAccountId() != me) {
      throw stage.denied(
          actor,
          "stage.interview.unseal-denied",
          "interview-panel",
          panelId,
          "Only the panel's score-room clerk unseals its sheets");
    }
    if (panel.unsealed()) {
      throw InterviewProblem.conflict("unsealed", "The panel's sheets are unsealed already");
    }
    if (store.sessions(panelId).stream().anyMatch(s -> !s.drawn())) {
      throw InterviewProblem.conflict("not-drawn", "A session of the panel has not drawn lots");
    }
    List<Slot> slots = store.slotsOfPanel(panelId);
    if (slots.isEmpty()) {
      throw InterviewProblem.conflict("empty", "Nobody sat before this panel");
    }
    long missing = missingSheets(panel, slots);
    if (missing > 0) {
      throw InterviewProblem.conflict(
          "sheets-missing", missing + " sealed sheets are still missing: all must be in first");
    }
    panel.unseal(me, stage.now());
    stage.audit(
        actor,
        "stage.interview.sheets.unsealed",
        "interview-panel",
        panelId,
        Map.of("candidates", String.valueOf(slots.size())));
    return summaryOf(panel, slots);
  }

  /**
   * The computed summary, for the clerk, the chief and the stage's managers, once unsealed.
   *
   * @throws InterviewProblem 409 while sealed
   */
  public SummaryView summary(Actor actor, long panelId) {
    Panel panel = records.panel(panelId);
    requireScoreRoomReader(actor, panel);
    if (!panel.unsealed()) {
      throw InterviewProblem.conflict("sealed", "The panel's sheets are still sealed");
    }
    return summaryOf(panel, store.slotsOfPanel(panelId));
  }

  /**
   * The chief examiner signs the summary, confirming with the password; the outcomes go to the
   * pipeline in the same transaction.
   *
   * @throws InterviewProblem 403 for another account or a wrong password, 409 while sealed, when
   *     signed already or when the pipeline refuses the outcomes
   */
  public SummaryView sign(Actor actor, long panelId, String password) {
    Panel panel = records.panel(panelId);
    long me = stage.require(actor, Permission.CHIEF, panel.recruitmentId());
    if (panel.chiefAccountId() != me) {
      throw stage.denied(
          actor,
          "stage.interview.sign-denied",
          "interview-panel",
          panelId,
          "Only the panel's chief examiner signs its summary");
    }
    if (panel.signed()) {
      throw InterviewProblem.conflict("signed", "The summary is signed already");
    }
    if (!panel.unsealed()) {
      throw InterviewProblem.conflict("sealed", "The score room must unseal the sheets first");
    }
    if (!stage.core().reauthentication().confirms(me, password)) {
      stage
          .core()
          .auditLog()
          .record(
              AuditEntry.builder(
                      "stage.interview.summary.reauthentication-failed", AuditActor.of(actor))
                  .target("interview-panel", String.valueOf(panelId))
                  .result(AuditResult.DENIED)
                  .client(actor.clientIp(), actor.userAgent())
                  .build());
      throw new InterviewProblem(
          403, "reauthentication-failed", "password", "The password is wrong: nothing was signed");
    }
    List<Slot> slots = store.slotsOfPanel(panelId);
    SummaryView summary = summaryOf(panel, slots);
    Map<Long, Slot> byId = slots.stream().collect(Collectors.toMap(Slot::id, s -> s));
    List<StageOutcome> outcomes = new ArrayList<>();
    for (SummaryView.Line line : summary.lines()) {
      byId.get(line.slotId()).finalScore(line.score());
      outcomes.add(
          line.absent()
              ? StageOutcome.unscored(line.applicationId(), OutcomeStatus.ABSENT, "缺考")
              : StageOutcome.scored(
                  line.applicationId(), OutcomeStatus.valueOf(line.status()), line.score()));
    }
    try {
      stage.core().results().report(InterviewPlugin.ID, panel.recruitmentId(), outcomes);
    } catch (OutcomeRejectedException e) {
      throw InterviewProblem.conflict(
          "outcomes-refused", "The pipeline refused the outcomes: " + e.getMessage());
    }
    panel.sign(me, stage.now());
    stage.audit(
        actor,
        "stage.interview.summary.signed",
        "interview-panel",
        panelId,
        Map.of(
            "recruitment",
            String.valueOf(panel.recruitmentId()),
            "scores",
            summary.lines().stream()
                .map(
                    l ->
                        l.applicationId()
                            + "="
                            + (l.score() == null ? "ABSENT" : l.score().toPlainString()))
                .collect(Collectors.joining(","))));
    return summaryOf(panel, slots);
  }

  private void requireScoreRoomReader(Actor actor, Panel panel) {
    if (actor.principal().isEmpty()) {
      throw new InterviewProblem(401, "unauthorized", "Log in first");
    }
    long me = actor.accountId();
    boolean clerk =
        panel.clerkAccountId() == me
            && stage.holds(actor, Permission.SCORE_ROOM, panel.recruitmentId());
    boolean chief =
        panel.chiefAccountId() == me && stage.holds(actor, Permission.CHIEF, panel.recruitmentId());
    if (!clerk && !chief && !stage.holds(actor, Permission.MANAGE, panel.recruitmentId())) {
      throw stage.denied(
          actor,
          "stage.interview.summary.denied",
          "interview-panel",
          panel.id(),
          "Only the panel's clerk and chief examiner see its summary");
    }
  }

  private long missingSheets(Panel panel, List<Slot> slots) {
    Map<Long, Long> sealedBySlot =
        store.sheetsOfPanel(panel.id()).stream()
            .filter(ScoreSheet::sealed)
            .collect(Collectors.groupingBy(ScoreSheet::slotId, Collectors.counting()));
    int examiners = panel.examiners().size();
    return slots.stream()
        .filter(s -> !s.absent())
        .mapToLong(s -> examiners - sealedBySlot.getOrDefault(s.id(), 0L))
        .sum();
  }

  private SummaryView summaryOf(Panel panel, List<Slot> slots) {
    ScoringScheme scheme = records.scheme(panel.recruitmentId());
    Map<Long, List<ScoreSheet>> sheets =
        store.sheetsOfPanel(panel.id()).stream()
            .filter(ScoreSheet::sealed)
            .collect(Collectors.groupingBy(ScoreSheet::slotId));
    List<SummaryView.Line> lines = new ArrayList<>();
    for (Slot s : slots) {
      if (s.absent()) {
        lines.add(
            new SummaryView.Line(
                s.id(), s.applicationId(), s.plate().orElse(""), true, Map.of(), null, "ABSENT"));
        continue;
      }
      List<ScoreSheet> mine = sheets.getOrDefault(s.id(), List.of());
      Map<String, BigDecimal> totals = new TreeMap<>();
      mine.forEach(
          h ->
              totals.put(
                  String.valueOf(h.examinerAccountId()),
                  scheme.rounding().apply(ScoreCalculator.total(scheme.dimensions(), h.scores()))));
      BigDecimal score =
          ScoreCalculator.score(
              scheme.dimensions(),
              mine.stream().map(ScoreSheet::scores).toList(),
              scheme.rounding());
      String status =
          score.compareTo(scheme.passingScore()) >= 0
              ? OutcomeStatus.PASSED.name()
              : OutcomeStatus.FAILED.name();
      lines.add(
          new SummaryView.Line(
              s.id(), s.applicationId(), s.plate().orElse(""), false, totals, score, status));
    }
    return new SummaryView(
        panel.id(), panel.unsealedAt().orElse(null), panel.signedAt().orElse(null), lines);
  }
}
