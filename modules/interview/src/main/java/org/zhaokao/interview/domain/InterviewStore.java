package org.zhaokao.interview.domain;

import java.util.List;
import java.util.Optional;

/** Where the interview's records are kept (the {@code iv_} tables). */
public interface InterviewStore {

  Optional<ScoringScheme> scheme(long recruitmentId);

  void add(Object record);

  Optional<Panel> panel(long id);

  List<Panel> panels(long recruitmentId);

  /** The panels where the account scores, newest recruitment first. */
  List<Panel> panelsExaminedBy(long accountId);

  boolean panelNamed(long recruitmentId, String name);

  Optional<InterviewSession> session(long id);

  List<InterviewSession> sessions(long panelId);

  boolean anyDrawn(long recruitmentId);

  Optional<Slot> slot(long id);

  /**
   * The session's slots, in drawn order once drawn (by application id before; those without a drawn
   * place last).
   */
  List<Slot> slotsOfSession(long sessionId);

  /** The panel's slots, by session date, part and drawn order. */
  List<Slot> slotsOfPanel(long panelId);

  /** Which of these applications have a slot in the recruitment already. */
  List<Long> assigned(long recruitmentId, List<Long> applicationIds);

  /** The application's slot in the recruitment (one at most). */
  Optional<Slot> slotOf(long recruitmentId, long applicationId);

  Optional<ScoreSheet> sheet(long id);

  Optional<ScoreSheet> sheet(long slotId, long examinerAccountId);

  List<ScoreSheet> sheetsOfPanel(long panelId);

  /** Writes pending changes now, so a unique clash surfaces inside the use case. */
  void flush();
}
