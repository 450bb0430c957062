package org.zhaokao.interview.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhaokao.interview.Permission;
import org.zhaokao.interview.domain.Dimension;
import org.zhaokao.interview.domain.InterviewSession;
import org.zhaokao.interview.domain.InterviewStore;
import org.zhaokao.interview.domain.Panel;
import org.zhaokao.interview.domain.ScoreSheet;
import org.zhaokao.interview.domain.Slot;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Examiners score (考官评分): each sees only their own panel's candidates, by number plate in drawn
 * order, fills a sheet per candidate and submits it, which seals it. A sealed sheet changes only by
 * the chief examiner's amendment, which is audited with the scores before and after.
 */
@Stateless
public class ExaminerScoring {

  @Inject private Stage stage;
  @Inject private InterviewStore store;
  @Inject private Records records;

  /** The panels where the actor scores. */
  public List<PanelView> myPanels(Actor actor) {
    if (actor.principal().isEmpty()) {
      throw new InterviewProblem(401, "unauthorized", "Log in first");
    }
    return store.panelsExaminedBy(actor.accountId()).stream()
        .filter(p -> stage.holds(actor, Permission.EXAMINE, p.recruitmentId()))
        .map(p -> PanelView.of(p, store.sessions(p.id())))
        .toList();
  }

  /** The dimensions the actor's panel scores in. */
  public SchemeView scheme(Actor actor, long panelId) {
    Panel panel = examinersPanel(actor, panelId);
    return SchemeView.of(records.scheme(panel.recruitmentId()));
  }

  /**
   * The candidates of the actor's panel whose session has drawn lots, in calling order.
   *
   * @throws InterviewProblem 403 when the actor does not score on the panel
   */
  public List<CandidateLine> candidates(Actor actor, long panelId) {
    Panel panel = examinersPanel(actor, panelId);
    long me = actor.accountId();
    Map<Long, InterviewSession> sessions =
        store.sessions(panelId).stream()
            .collect(Collectors.toMap(InterviewSession::id, Function.identity()));
    List<CandidateLine> out = new ArrayList<>();
    for (Slot s : store.slotsOfPanel(panel.id())) {
      InterviewSession session = sessions.get(s.sessionId());
      if (!session.drawn()) {
        continue;
      }
      Optional<ScoreSheet> mine = store.sheet(s.id(), me);
      out.add(
          new CandidateLine(
              s.id(),
              session.id(),
              session.date(),
              session.part().name(),
              s.drawOrder().orElse(0),
              s.plate().orElse(""),
              s.absent(),
              mine.map(ScoreSheet::id).orElse(null),
              mine.map(h -> h.status().name()).orElse(null)));
    }
    return out;
  }

  /**
   * Saves the actor's sheet for a candidate; {@code submit} seals it.
   *
   * @throws InterviewProblem 403 off the panel, 409 when sealed, absent, not drawn or unsealed, 422
   *     for a missing, unknown or out-of-range score
   */
  public SheetView fill(Actor actor, long slotId, Map<String, BigDecimal> scores, boolean submit) {
    Slot slot = records.slot(slotId);
    Panel panel = examinersPanel(actor, slot.panelId());
    long me = actor.accountId();
    if (slot.drawOrder().isEmpty()) {
      throw InterviewProblem.conflict("not-drawn", "Lots were not drawn for this candidate yet");
    }
    if (slot.absent()) {
      throw InterviewProblem.conflict(
          "absent", "The candidate was absent: there is nothing to score");
    }
    if (panel.unsealed()) {
      throw InterviewProblem.conflict(
          "unsealed", "The score room has unsealed this panel's sheets");
    }
    Map<String, BigDecimal> checked = checked(panel.recruitmentId(), scores);
    Optional<ScoreSheet> existing = store.sheet(slotId, me);
    ScoreSheet sheet = existing.orElseGet(() -> new ScoreSheet(slotId, me));
    if (sheet.sealed()) {
      throw InterviewProblem.conflict(
          "sealed", "The sheet is sealed: only the chief examiner may amend it");
    }
    sheet.fill(checked, submit, stage.now());
    // Persisted once filled: Hibernate inserts the state an entity has when it is persisted.
    if (existing.isEmpty()) {
      store.add(sheet);
    }
    store.flush();
    stage.audit(
        actor,
        submit ? "stage.interview.sheet.submitted" : "stage.interview.sheet.saved",
        "interview-sheet",
        sheet.id(),
        Map.of("slot", String.valueOf(slotId), "plate", slot.plate().orElse("")));
    return SheetView.of(sheet);
  }

  /**
   * A sheet, to its examiner at any time; to the panel's members and the stage's managers only once
   * the score room has unsealed it.
   *
   * @throws InterviewProblem 403 while sealed to the actor
   */
  public SheetView sheet(Actor actor, long sheetId) {
    if (actor.principal().isEmpty()) {
      throw new InterviewProblem(401, "unauthorized", "Log in first");
    }
    ScoreSheet sheet =
        store.sheet(sheetId).orElseThrow(() -> InterviewProblem.notFound("sheet", sheetId));
    Panel panel = records.panel(records.slot(sheet.slotId()).panelId());
    long me = actor.accountId();
    boolean entitled =
        me == sheet.examinerAccountId()
            || panel.isMember(me)
            || stage.holds(actor, Permission.MANAGE, panel.recruitmentId());
    if (!entitled || !sheet.readableBy(me, panel.unsealed())) {
      throw stage.denied(
          actor,
          "stage.interview.sheet.read-denied",
          "interview-sheet",
          sheetId,
          "The sheet is sealed until the score room unseals the panel");
    }
    return SheetView.of(sheet);
  }

  /**
   * The chief examiner amends a sealed sheet before signing the summary.
   *
   * @throws InterviewProblem 403 unless the actor is the panel's chief, 409 when the sheet is not
   *     sealed or the summary is signed, 422 for bad scores or a missing reason
   */
  public SheetView amend(Actor actor, long sheetId, Map<String, BigDecimal> scores, String reason) {
    ScoreSheet sheet =
        store.sheet(sheetId).orElseThrow(() -> InterviewProblem.notFound("sheet", sheetId));
    Panel panel = records.panel(records.slot(sheet.slotId()).panelId());
    long me = stage.require(actor, Permission.CHIEF, panel.recruitmentId());
    if (panel.chiefAccountId() != me) {
      throw stage.denied(
          actor,
          "stage.interview.sheet.amend-denied",
          "interview-sheet",
          sheetId,
          "Only the panel's chief examiner amends its sheets");
    }
    if (panel.signed()) {
      throw InterviewProblem.conflict("signed", "The summary is signed: the scores are final");
    }
    if (!sheet.sealed()) {
      throw InterviewProblem.conflict("not-sealed", "The examiner has not submitted this sheet");
    }
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw InterviewProblem.invalid(
          "reason", "Say why the sheet is amended (1 to 500 characters)");
    }
    Map<String, BigDecimal> checked = checked(panel.recruitmentId(), scores);
    String before = render(sheet.scores());
    sheet.amend(checked, me, stage.now());
    Map<String, String> details = new LinkedHashMap<>();
    details.put("before", before);
    details.put("after", render(checked));
    details.put("reason", reason.trim());
    details.put("examiner", String.valueOf(sheet.examinerAccountId()));
    stage.audit(actor, "stage.interview.sheet.amended", "interview-sheet", sheetId, details);
    return SheetView.of(sheet);
  }

  private Panel examinersPanel(Actor actor, long panelId) {
    Panel panel = records.panel(panelId);
    long me = stage.require(actor, Permission.EXAMINE, panel.recruitmentId());
    if (!panel.isExaminer(me)) {
      throw stage.denied(
          actor,
          "stage.interview.panel.denied",
          "interview-panel",
          panelId,
          "You do not score on this panel");
    }
    return panel;
  }

  /** Every dimension scored once, inside its range, nothing else. */
  private Map<String, BigDecimal> checked(long recruitmentId, Map<String, BigDecimal> scores) {
    List<Dimension> dimensions = records.scheme(recruitmentId).dimensions();
    Map<String, BigDecimal> given = scores == null ? Map.of() : scores;
    for (String code : given.keySet()) {
      if (dimensions.stream().noneMatch(d -> d.code().equals(code))) {
        throw InterviewProblem.invalid("scores." + code, "No dimension " + code + " in the scheme");
      }
    }
    Map<String, BigDecimal> out = new TreeMap<>();
    for (Dimension d : dimensions) {
      BigDecimal score = given.get(d.code());
      if (score == null) {
        throw InterviewProblem.invalid("scores." + d.code(), "Score " + d.name() + " too");
      }
      if (!d.accepts(score)) {
        throw InterviewProblem.invalid(
            "scores." + d.code(),
            d.name()
                + " is scored from "
                + d.minScore().toPlainString()
                + " to "
                + d.maxScore().toPlainString()
                + ", not "
                + score.toPlainString());
      }
      if (score.stripTrailingZeros().scale() > 2) {
        throw InterviewProblem.invalid("scores." + d.code(), "At most two decimals");
      }
      out.put(d.code(), score);
    }
    return out;
  }

  private static String render(Map<String, BigDecimal> scores) {
    return new TreeMap<>(scores)
        .entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue().toPlainString())
            .collect(Collectors.joining(","));
  }
}
